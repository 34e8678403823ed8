package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of a state's tariff: a tax charged at a rate on the goods under a code during a period, for every origin or
 * only for preferential origins under an agreement.
 *
 * @param id
 *            the measure's identifier, named in the assessment lines it produced
 * @param taxType
 *            what it charges; a VAT measure is ad valorem only
 * @param goodsCode
 *            the start of the tariff lines it covers, 0 to 10 digits: a 10- or 8-digit national line, a 6-digit HS
 *            subheading, a 4-digit heading, a 2-digit chapter, or empty for all goods
 * @param validFrom
 *            first day it applies
 * @param validTo
 *            first day it no longer applies; null while open-ended
 * @param rate
 *            how the amount is computed, amounts in the tariff's national currency
 * @param preferentialOrigins
 *            ISO 3166 alpha-3 codes of the preferential origins it is restricted to; empty for a general measure
 * @param originProofDocuments
 *            codes of the documents that prove preferential origin, one of which the declaration must carry (e.g.
 *            N954 EUR.1, N864 Form A); empty exactly when the measure is general
 */
public record TariffMeasure(String id, TaxType taxType, String goodsCode, LocalDate validFrom, LocalDate validTo,
        Rate rate, Set<String> preferentialOrigins, Set<String> originProofDocuments) {

    private static final Pattern GOODS_CODE = Pattern.compile("[0-9]{0,10}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public TariffMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taxType, "taxType");
        Objects.requireNonNull(goodsCode, "goodsCode");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(rate, "rate");
        preferentialOrigins = preferentialOrigins == null ? Set.of() : Set.copyOf(preferentialOrigins);
        originProofDocuments = originProofDocuments == null ? Set.of() : Set.copyOf(originProofDocuments);
        if (!GOODS_CODE.matcher(goodsCode).matches()) {
            throw new IllegalArgumentException(id + ": goods code '" + goodsCode + "' is not 0 to 10 digits");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException(id + ": valid to " + validTo + " is not after valid from " + validFrom);
        }
        if (taxType == TaxType.VAT && !rate.isAdValoremOnly()) {
            throw new IllegalArgumentException(id + ": VAT is a percentage, not " + rate);
        }
        if (!preferentialOrigins.stream().allMatch(origin -> COUNTRY.matcher(origin).matches())) {
            throw new IllegalArgumentException(id + ": preferential origins are alpha-3 codes: " + preferentialOrigins);
        }
        if (preferentialOrigins.isEmpty() != originProofDocuments.isEmpty()) {
            throw new IllegalArgumentException(
                    id + ": a preferential measure names the documents proving origin, a general one none");
        }
    }

    /** A general measure, for goods of every origin. */
    public static TariffMeasure general(String id, TaxType taxType, String goodsCode, LocalDate validFrom,
            LocalDate validTo, Rate rate) {
        return new TariffMeasure(id, taxType, goodsCode, validFrom, validTo, rate, Set.of(), Set.of());
    }

    /** Whether restricted to preferential origins. */
    public boolean isPreferential() {
        return !preferentialOrigins.isEmpty();
    }

    /** Whether {@code date} lies in {@code [validFrom, validTo)}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
