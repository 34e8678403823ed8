package org.juxta.documents;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.juxta.documents.MrzField.COMPOSITE;
import static org.juxta.documents.MrzField.DATE_OF_BIRTH;
import static org.juxta.documents.MrzField.DATE_OF_EXPIRY;
import static org.juxta.documents.MrzField.DOCUMENT_CODE;
import static org.juxta.documents.MrzField.DOCUMENT_NUMBER;
import static org.juxta.documents.MrzField.ISSUING_STATE;
import static org.juxta.documents.MrzField.LINE;
import static org.juxta.documents.MrzField.NAME;
import static org.juxta.documents.MrzField.NATIONALITY;
import static org.juxta.documents.MrzField.OPTIONAL_DATA;
import static org.juxta.documents.MrzField.OPTIONAL_DATA_2;
import static org.juxta.documents.MrzField.SEX;

/**
 * Where each field of a format is, as the tables of ICAO Doc 9303 parts 4 (TD3), 5 (TD1), 6 (TD2) and 7 (MRV-A,
 * MRV-B) place them. A checked field's check digit is in the column right after it.
 *
 * @param fields
 *            the data columns of each field; the composite check digit's own column for {@code COMPOSITE}
 * @param checkedFields
 *            the fields followed by a check digit
 * @param compositeData
 *            the columns the composite check digit covers, in order; empty for visas
 * @param documentNumberMayOverflow
 *            whether a number longer than 9 characters continues in the optional data (TD1,
 *            TD2)
 */
record MrzLayout(MrzFormat format, Map<MrzField, MrzPosition> fields, Set<MrzField> checkedFields,
        List<MrzPosition> compositeData, boolean documentNumberMayOverflow) {

    MrzLayout {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
        checkedFields = Set.copyOf(checkedFields);
        compositeData = List.copyOf(compositeData);
    }

    static MrzLayout of(MrzFormat format) {
        return format == MrzFormat.TD1 ? td1() : twoLine(format);
    }

    /** Part 5: line 1 holds the document, line 2 the holder's data, line 3 the name. */
    private static MrzLayout td1() {
        Map<MrzField, MrzPosition> fields = new EnumMap<>(MrzField.class);
        fields.put(DOCUMENT_CODE, new MrzPosition(1, 1, 2));
        fields.put(ISSUING_STATE, new MrzPosition(1, 3, 5));
        fields.put(DOCUMENT_NUMBER, new MrzPosition(1, 6, 14));
        fields.put(OPTIONAL_DATA, new MrzPosition(1, 16, 30));
        fields.put(DATE_OF_BIRTH, new MrzPosition(2, 1, 6));
        fields.put(SEX, MrzPosition.of(2, 8));
        fields.put(DATE_OF_EXPIRY, new MrzPosition(2, 9, 14));
        fields.put(NATIONALITY, new MrzPosition(2, 16, 18));
        fields.put(OPTIONAL_DATA_2, new MrzPosition(2, 19, 29));
        fields.put(COMPOSITE, MrzPosition.of(2, 30));
        fields.put(NAME, new MrzPosition(3, 1, 30));
        return new MrzLayout(MrzFormat.TD1, fields, Set.of(DOCUMENT_NUMBER, DATE_OF_BIRTH, DATE_OF_EXPIRY),
                List.of(new MrzPosition(1, 6, 30), new MrzPosition(2, 1, 7), new MrzPosition(2, 9, 15),
                        new MrzPosition(2, 19, 29)),
                true);
    }

    /**
     * TD2, TD3 and the visas share line 1 (code, state, name) and the first 28 columns of line 2; they differ in the
     * length of the optional data and in what follows it: TD3 checks its personal number, TD2 and TD3 end with the
     * composite check digit, visas have neither.
     */
    private static MrzLayout twoLine(MrzFormat format) {
        int length = format.lineLength();
        Map<MrzField, MrzPosition> fields = new EnumMap<>(MrzField.class);
        fields.put(DOCUMENT_CODE, new MrzPosition(1, 1, 2));
        fields.put(ISSUING_STATE, new MrzPosition(1, 3, 5));
        fields.put(NAME, new MrzPosition(1, 6, length));
        fields.put(DOCUMENT_NUMBER, new MrzPosition(2, 1, 9));
        fields.put(NATIONALITY, new MrzPosition(2, 11, 13));
        fields.put(DATE_OF_BIRTH, new MrzPosition(2, 14, 19));
        fields.put(SEX, MrzPosition.of(2, 21));
        fields.put(DATE_OF_EXPIRY, new MrzPosition(2, 22, 27));
        if (format.isVisa()) {
            fields.put(OPTIONAL_DATA, new MrzPosition(2, 29, length));
            return new MrzLayout(format, fields, Set.of(DOCUMENT_NUMBER, DATE_OF_BIRTH, DATE_OF_EXPIRY), List.of(),
                    false);
        }
        boolean passport = format == MrzFormat.TD3;
        fields.put(OPTIONAL_DATA, new MrzPosition(2, 29, passport ? length - 2 : length - 1));
        fields.put(COMPOSITE, MrzPosition.of(2, length));
        Set<MrzField> checked = passport
                ? Set.of(DOCUMENT_NUMBER, DATE_OF_BIRTH, DATE_OF_EXPIRY, OPTIONAL_DATA)
                : Set.of(DOCUMENT_NUMBER, DATE_OF_BIRTH, DATE_OF_EXPIRY);
        List<MrzPosition> composite = List.of(new MrzPosition(2, 1, 10), new MrzPosition(2, 14, 20),
                new MrzPosition(2, 22, length - 1));
        return new MrzLayout(format, fields, checked, composite, !passport);
    }

    MrzPosition position(MrzField field) {
        MrzPosition position = fields.get(field);
        if (position == null) {
            throw new IllegalArgumentException(format + " has no " + field.label());
        }
        return position;
    }

    boolean has(MrzField field) {
        return fields.containsKey(field);
    }

    MrzPosition checkDigit(MrzField field) {
        if (!checkedFields.contains(field)) {
            throw new IllegalArgumentException(format + " has no check digit for the " + field.label());
        }
        return position(field).next();
    }

    /** The field a column belongs to, its check digit included. */
    MrzField fieldAt(int line, int column) {
        for (Map.Entry<MrzField, MrzPosition> field : fields.entrySet()) {
            MrzPosition data = field.getValue();
            boolean isCheckDigit = checkedFields.contains(field.getKey()) && data.next().contains(line, column);
            if (data.contains(line, column) || isCheckDigit) {
                return field.getKey();
            }
        }
        return LINE;
    }
}
