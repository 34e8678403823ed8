package org.juxta.customs.assessment;

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

    private final DutiesRepository duties;

    DutiesDue(DutiesRepository duties) {
        this.duties = duties;
    }

    public Uni<Balance> of(UUID declarationId) {
        return duties.latestAssessment(declarationId).chain(assessment -> assessment == null
                ? Uni.createFrom().item(new Balance(0, null))
                : duties.payments(declarationId).map(payments -> new Balance(
                        assessment.total - payments.stream().mapToLong(payment -> payment.amount).sum(),
                        assessment.declarationVersion)));
    }
}
