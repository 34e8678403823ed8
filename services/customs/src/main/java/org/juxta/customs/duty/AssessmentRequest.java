package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A declaration to assess, as of a date. The same request against the same tariff and rates always gives the same
 * assessment: the date is given, never taken from the clock.
 *
 * @param calculationDate
 *            the date whose measures, exemptions and exchange rate apply (e.g. the day the declaration was accepted)
 * @param currency
 *            ISO 4217 currency of the items' customs values
 * @param procedureCode
 *            four digits, e.g. 4000
 * @param additionalProcedureCode
 *            the national additional procedure code, e.g. C07; null when none
 * @param documentTypes
 *            the type codes of the declaration's supporting documents, e.g. N380, N954; a preferential measure
 *            applies only when one of them proves the origin
 * @param items
 *            the goods items in declaration order; an error about {@code items[i]} refers to the i-th, from 0
 */
public record AssessmentRequest(LocalDate calculationDate, String currency, String procedureCode,
        String additionalProcedureCode, Set<String> documentTypes, List<AssessmentItem> items) {

    public AssessmentRequest {
        Objects.requireNonNull(calculationDate, "calculationDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(procedureCode, "procedureCode");
        documentTypes = documentTypes == null ? Set.of() : Set.copyOf(documentTypes);
        items = List.copyOf(items);
    }
}
