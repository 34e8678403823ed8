package org.juxta.customs.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;
import org.juxta.customs.api.model.Assessment;
import org.juxta.customs.api.model.AssessmentOrder;
import org.juxta.customs.api.model.NewPayment;
import org.juxta.customs.api.model.PaymentList;
import org.juxta.customs.api.model.PaymentReceipt;
import org.juxta.customs.declaration.DeclarationEntity;
import org.juxta.customs.duty.AssessmentException;
import org.juxta.customs.duty.AssessmentItem;
import org.juxta.customs.duty.AssessmentRequest;
import org.juxta.customs.tariff.StateTariffs;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Assesses the duties of the caller's state's declarations (for a declarant's client, of its own declarant's, by
 * row-level security) and records their payments. Every access is audited as one to the declaration.
 */
@ApplicationScoped
public class DutiesService {

    /** The audit log's record type: an assessment discloses its declaration's goods and values. */
    static final String RECORD_TYPE = "declaration";
    static final String PURPOSE = "duty assessment";
    /** The unique constraint on a state's receipt references (migration V2026_12_07_5). */
    private static final String RECEIPT_ONCE = "payment_receipt_once";

    private final DutiesRepository duties;
    private final StateTariffs tariffs;
    private final DutiesDue dutiesDue;
    private final IdempotentCreation idempotentCreation;
    private final AuditLog auditLog;
    private final CurrentCaller caller;
    private final Clock clock;

    DutiesService(DutiesRepository duties, StateTariffs tariffs, DutiesDue dutiesDue,
            IdempotentCreation idempotentCreation, AuditLog auditLog, CurrentCaller caller, Clock clock) {
        this.duties = duties;
        this.tariffs = tariffs;
        this.dutiesDue = dutiesDue;
        this.idempotentCreation = idempotentCreation;
        this.auditLog = auditLog;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Assesses the declaration's current version on the order's day (today when absent) and stores the result.
     *
     * @throws InvalidContentException
     *             with the engine's problems, at the declaration's fields, when the tariff does not cover it
     */
    @WithTransaction
    @StateScoped
    public Uni<Assessment> assess(UUID declarationId, AssessmentOrder order) {
        Caller who = caller.get();
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate date = order.getCalculationDate() != null ? order.getCalculationDate() : today;
        if (date.isAfter(today)) {
            throw new InvalidContentException(List.of(new FieldError("calculationDate",
                    "must not be after today, " + today)));
        }
        // Locked, so that an assessment and a decision on the declaration are made one after the other.
        return findDeclarationForUpdate(declarationId).chain(declaration -> {
            declaration.requireUndecided("assessed");
            AssessmentRequest request = AssessmentMapping.toRequest(declaration.content, date);
            List<String> goodsCodes = request.items().stream().map(AssessmentItem::goodsCode).toList();
            return tariffs.calculatorFor(date, declaration.currency, goodsCodes).chain(calculator -> {
                org.juxta.customs.duty.Assessment computed;
                try {
                    computed = calculator.assess(request);
                } catch (AssessmentException e) {
                    throw new InvalidContentException("The tariff does not cover the declaration on " + date + ".",
                            e.problems().stream().map(problem -> new FieldError(problem.field(), problem.message()))
                                    .toList());
                }
                AssessmentEntity stored = new AssessmentEntity();
                stored.id = UuidV7.next();
                stored.state = who.state();
                stored.declarationId = declaration.id;
                stored.declarantId = declaration.declarantId;
                stored.declarationVersion = declaration.version;
                stored.calculationDate = date;
                stored.total = computed.total().minorUnits();
                stored.currency = computed.nationalCurrency();
                stored.assessedAt = now;
                stored.assessedBy = who.username();
                stored.content = AssessmentMapping.toApi(computed, stored.id, declaration.id, declaration.version,
                        declaration.currency, now.atOffset(ZoneOffset.UTC), who.username());
                return duties.persist(stored)
                        .call(() -> audit(AuditAction.READ, declarationId))
                        .map(persisted -> stored.content);
            });
        });
    }

    /** The assessment of the declaration stored last; 404 when it was never assessed. */
    @WithTransaction
    @StateScoped
    public Uni<Assessment> latestAssessment(UUID declarationId) {
        return findDeclaration(declarationId)
                .chain(() -> duties.latestAssessment(declarationId))
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(
                        "The declaration " + declarationId + " has not been assessed."))
                .call(() -> audit(AuditAction.READ, declarationId))
                .map(assessment -> assessment.content);
    }

    /**
     * Records a payment against the declaration's latest assessment, or with a reused Idempotency-Key answers the
     * payment recorded the first time, with the balance now.
     */
    @WithTransaction
    @StateScoped
    public Uni<PaymentReceipt> recordPayment(UUID declarationId, NewPayment request, String idempotencyKey) {
        Caller who = caller.get();
        Map<String, Object> fingerprinted = Map.of("declarationId", declarationId, "payment", request);
        return findDeclarationForUpdate(declarationId)
                .chain(declaration -> tariffs.nationalCurrency().chain(national -> idempotentCreation.createOrReplay(
                        idempotencyKey, "recordPayment", fingerprinted, RECORD_TYPE, PURPOSE,
                        id -> pay(id, declaration, request, national, who),
                        id -> duties.payment(id).chain(payment -> receipt(payment, declarationId)),
                        receipt -> List.of(declarationId))))
                .onFailure(DutiesService::isReceiptRecorded).transform(e -> receiptRecorded(request));
    }

    /** The declaration's payments, oldest first, with its latest assessment's total and the balance due. */
    @WithTransaction
    @StateScoped
    public Uni<PaymentList> payments(UUID declarationId) {
        return findDeclaration(declarationId)
                .chain(() -> balance(declarationId))
                .call(() -> audit(AuditAction.READ, declarationId))
                .map(balance -> new PaymentList()
                        .items(balance.payments().stream().map(AssessmentMapping::toApi).toList())
                        .assessedTotal(balance.assessedTotal())
                        .paid(balance.paid())
                        .balance(balance.due())
                        .currency(balance.currency()));
    }

    private Uni<PaymentReceipt> pay(UUID id, DeclarationEntity declaration, NewPayment request, String national,
            Caller who) {
        declaration.requireUndecided("paid");
        if (!national.equals(request.getCurrency())) {
            throw new InvalidContentException(List.of(new FieldError("currency",
                    "must be the national currency " + national)));
        }
        return balance(declaration.id).chain(balance -> {
            if (balance.assessment() == null) {
                throw new ConflictException("The declaration has not been assessed: there is nothing to pay yet.");
            }
            if (request.getAmount() > balance.due()) {
                throw new ConflictException("The payment of " + request.getAmount() + " exceeds the balance due, "
                        + balance.due() + " " + national + " (minor units).");
            }
            return duties.receiptRecorded(request.getReceiptReference()).chain(recorded -> {
                if (recorded) {
                    throw receiptRecorded(request);
                }
                PaymentEntity payment = new PaymentEntity();
                payment.id = id;
                payment.state = who.state();
                payment.declarationId = declaration.id;
                payment.declarantId = declaration.declarantId;
                payment.amount = request.getAmount();
                payment.currency = national;
                payment.receiptReference = request.getReceiptReference();
                payment.paidAt = now();
                payment.recordedBy = who.username();
                return duties.persist(payment)
                        .call(() -> audit(AuditAction.UPDATE, declaration.id))
                        .chain(() -> receipt(payment, declaration.id));
            });
        });
    }

    private Uni<PaymentReceipt> receipt(PaymentEntity payment, UUID declarationId) {
        return balance(declarationId).map(balance -> new PaymentReceipt()
                .payment(AssessmentMapping.toApi(payment))
                .assessedTotal(balance.assessedTotal())
                .paid(balance.paid())
                .balance(balance.due())
                .currency(balance.currency()));
    }

    /** The latest assessment (null if none), the payments and what is still due. */
    private Uni<Balance> balance(UUID declarationId) {
        return dutiesDue.ledger(declarationId).chain(ledger -> (ledger.assessment() != null
                ? Uni.createFrom().item(ledger.assessment().currency)
                : tariffs.nationalCurrency())
                .map(currency -> new Balance(ledger, currency)));
    }

    private Uni<DeclarationEntity> findDeclaration(UUID id) {
        return duties.declaration(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<DeclarationEntity> findDeclarationForUpdate(UUID id) {
        return duties.declarationForUpdate(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Uni<Void> audit(AuditAction action, UUID declarationId) {
        return auditLog.record(action, RECORD_TYPE, List.of(declarationId), PURPOSE);
    }

    private static boolean isReceiptRecorded(Throwable failure) {
        return failure instanceof ConstraintViolationException violation
                && RECEIPT_ONCE.equals(violation.getConstraintName());
    }

    private static ConflictException receiptRecorded(NewPayment request) {
        return new ConflictException("The receipt " + request.getReceiptReference()
                + " was already recorded for a payment.");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** What a declaration owes and has paid, in minor units of {@code currency}. */
    private record Balance(DutiesDue.Ledger ledger, String currency) {

        AssessmentEntity assessment() {
            return ledger.assessment();
        }

        List<PaymentEntity> payments() {
            return ledger.payments();
        }

        long assessedTotal() {
            return ledger.assessedTotal();
        }

        long paid() {
            return ledger.paid();
        }

        long due() {
            return ledger.due();
        }
    }
}
