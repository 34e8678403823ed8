package org.juxta.customs.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * What is still owed on a declaration: its latest assessment's total less what was paid, in minor units of
 * the national currency; read in the caller's transaction, so that a release sees the payments committed
 * before it.
 */
@ApplicationScoped
public class DutiesDue {

    /**
     * The balance due and the declaration version it was assessed on.
     *
     * @param due
     *            minor units still owed; 0 when nothing was assessed
     * @param assessedVersion
     *            the version of the declaration the latest assessment was made for; null when none was made
     */
    public record Balance(long due, Integer assessedVersion) {
    }

    /** A declaration's latest assessment (null if none) and its payments: what every balance is made of. */
    record Ledger(AssessmentEntity assessment, List<PaymentEntity> payments) {

        long assessedTotal() {
            return assessment != null ? assessment.total : 0;
        }

        long paid() {
            return payments.stream().mapToLong(payment -> payment.amount).sum();
        }

        long due() {
            return assessedTotal() - paid();
        }
    }

    private final DutiesRepository duties;

    DutiesDue(DutiesRepository duties) {
        this.duties = duties;
    }

    public Uni<Balance> of(UUID declarationId) {
        return ledger(declarationId).map(ledger -> new Balance(ledger.due(),
                ledger.assessment() != null ? ledger.assessment().declarationVersion : null));
    }

    Uni<Ledger> ledger(UUID declarationId) {
        return duties.latestAssessment(declarationId)
                .chain(assessment -> duties.payments(declarationId).map(payments -> new Ledger(assessment, payments)));
    }
}
