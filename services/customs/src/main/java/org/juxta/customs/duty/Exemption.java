package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Relief from some taxes for declarations under a customs procedure, e.g. temporary admission (procedure 5300)
 * relieved of duty and VAT, or release for free circulation with the national additional code C07 relieved of duty.
 * It matches a declaration whose procedure code equals {@code procedureCode} (when given) and whose additional
 * procedure code equals {@code additionalProcedureCode} (when given); at least one of the two is given.
 *
 * @param id
 *            the exemption's identifier, named in the assessment lines it relieved
 * @param relieved
 *            the tax types it removes
 * @param procedureCode
 *            four digits, e.g. 5300; null matches any
 * @param additionalProcedureCode
 *            e.g. C07; null matches any
 * @param validFrom
 *            first day it applies
 * @param validTo
 *            first day it no longer applies; null while open-ended
 */
public record Exemption(String id, Set<TaxType> relieved, String procedureCode, String additionalProcedureCode,
        LocalDate validFrom, LocalDate validTo) {

    public Exemption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        if (relieved == null || relieved.isEmpty()) {
            throw new IllegalArgumentException(id + ": an exemption relieves at least one tax type");
        }
        relieved = Set.copyOf(relieved);
        if (procedureCode == null && additionalProcedureCode == null) {
            throw new IllegalArgumentException(id + ": an exemption names a procedure code, an additional one or both");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException(id + ": valid to " + validTo + " is not after valid from " + validFrom);
        }
    }

    /** Whether it relieves {@code taxType} for a declaration under these codes on {@code date}. */
    public boolean relieves(TaxType taxType, String declaredProcedure, String declaredAdditional, LocalDate date) {
        return relieved.contains(taxType)
                && (procedureCode == null || procedureCode.equals(declaredProcedure))
                && (additionalProcedureCode == null || additionalProcedureCode.equals(declaredAdditional))
                && !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** {@code exemption E1 for procedure 4000 with additional code C07}, for the officer. */
    String describe() {
        StringBuilder text = new StringBuilder("exemption ").append(id).append(" for");
        if (procedureCode != null) {
            text.append(" procedure ").append(procedureCode);
        }
        if (additionalProcedureCode != null) {
            text.append(procedureCode != null ? " with" : "").append(" additional code ")
                    .append(additionalProcedureCode);
        }
        return text.toString();
    }
}
