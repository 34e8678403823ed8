package org.juxta.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.juxta.vocabulary.Sex;

/** Stores a sex as its ICAO letter, F, M or X, which the columns' check constraints name. */
@Converter
public class SexColumn implements AttributeConverter<Sex, String> {

    @Override
    public String convertToDatabaseColumn(Sex sex) {
        return sex == null ? null : String.valueOf(sex.code());
    }

    @Override
    public Sex convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Sex.ofCode(code.charAt(0)).orElseThrow(() -> new IllegalStateException("Stored sex " + code));
    }
}
