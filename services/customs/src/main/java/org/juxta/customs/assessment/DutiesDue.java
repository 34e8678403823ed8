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

    private final DutiesRepository duties;

    DutiesDue(DutiesRepository duties) {
        this.duties = duties;
    }

    /** The balance due, 0 when nothing was assessed yet. */
    public Uni<Long> of(UUID declarationId) {
        return duties.latestAssessment(declarationId).chain(assessment -> assessment == null
                ? Uni.createFrom().item(0L)
                : duties.payments(declarationId).map(payments -> assessment.total
                        - payments.stream().mapToLong(payment -> payment.amount).sum()));
    }
}
