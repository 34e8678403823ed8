package org.juxta.customs.tariff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.api.model.ExchangeRate;
import org.juxta.customs.api.model.ExchangeRateChange;
import org.juxta.customs.api.model.NationalCurrency;
import org.juxta.customs.api.model.NewTariffExemption;
import org.juxta.customs.api.model.NewTariffMeasure;
import org.juxta.customs.api.model.TariffExemption;
import org.juxta.customs.api.model.TariffMeasure;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.idempotency.IdempotentCreation;
import org.juxta.shared.paging.Page;
import org.juxta.shared.paging.PagePosition;
import org.juxta.shared.problem.ConflictException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.StateScoped;
import org.juxta.trade.CurrencyCodes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the tariff measures, exemptions and exchange rates of the caller's state. The tariff holds no personal data,
 * so reads are not audited; every row records who made it and when.
 */
@ApplicationScoped
public class TariffService {

    static final String MEASURE = "tariff measure";
    static final String EXEMPTION = "tariff exemption";
    /** The most rates one list answers: the bound of ExchangeRateList in the contract. */
    static final int RATE_LIMIT = 1000;
    /** The decimals an exchange rate is kept with (column {@code exchange_rate.rate}). */
    static final int RATE_DECIMALS = 10;
    private static final String PURPOSE = "customs tariff";

    private final TariffMeasureRepository measures;
    private final TariffExemptionRepository exemptions;
    private final StateTariffs tariffs;
    private final IdempotentCreation idempotentCreation;
    private final CurrentCaller caller;
    private final Clock clock;

    TariffService(TariffMeasureRepository measures, TariffExemptionRepository exemptions, StateTariffs tariffs,
            IdempotentCreation idempotentCreation, CurrentCaller caller, Clock clock) {
        this.measures = measures;
        this.exemptions = exemptions;
        this.tariffs = tariffs;
        this.idempotentCreation = idempotentCreation;
        this.caller = caller;
        this.clock = clock;
    }

    /** Adds a measure, or with a reused Idempotency-Key answers the one added the first time. */
    @WithTransaction
    @StateScoped
    public Uni<TariffMeasure> createMeasure(NewTariffMeasure request, String idempotencyKey) {
        Caller who = caller.get();
        return tariffs.nationalCurrency().chain(national -> idempotentCreation.createOrReplay(idempotencyKey,
                "createTariffMeasure", request, MEASURE, PURPOSE, id -> {
                    TariffMeasureEntity measure = new TariffMeasureEntity();
                    measure.id = id;
                    measure.state = who.state();
                    measure.recordedAt = now();
                    measure.recordedBy = who.username();
                    TariffMapping.apply(request, measure, national);
                    return measures.persist(measure).map(stored -> TariffMapping.toApi(stored, national));
                }, id -> findMeasure(id).map(stored -> TariffMapping.toApi(stored, national))));
    }

    @WithTransaction
    @StateScoped
    public Uni<TariffMeasure> getMeasure(UUID id) {
        return tariffs.nationalCurrency()
                .chain(national -> findMeasure(id).map(measure -> TariffMapping.toApi(measure, national)));
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<TariffMeasure>> listMeasures(String goodsCodePrefix, LocalDate validOn, PagePosition after,
            int limit) {
        return tariffs.nationalCurrency().chain(national -> measures
                .page(goodsCodePrefix, validOn, after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, measure -> new PagePosition(measure.recordedAt, measure.id))
                        .map(measure -> TariffMapping.toApi(measure, national))));
    }

    /**
     * Ends the measure's validity on {@code validTo} (the first day it no longer applies): after its first day, and
     * never later than an end already set, so that no assessment made while it applied changes.
     */
    @WithTransaction
    @StateScoped
    public Uni<TariffMeasure> endMeasure(UUID id, LocalDate validTo) {
        Caller who = caller.get();
        return tariffs.nationalCurrency().chain(national -> measures.findForUpdate(id)
                .onItem().ifNull().failWith(() -> new RecordNotFoundException(MEASURE, id))
                .map(measure -> {
                    if (!validTo.isAfter(measure.validFrom)) {
                        throw TariffMapping.invalid("validTo", "must be after the measure's first day "
                                + measure.validFrom);
                    }
                    if (measure.validTo != null && validTo.isAfter(measure.validTo)) {
                        throw new ConflictException("The measure already ends on " + measure.validTo
                                + "; its validity can be shortened, not extended: add a new measure instead.");
                    }
                    measure.validTo = validTo;
                    measure.endedAt = now();
                    measure.endedBy = who.username();
                    return TariffMapping.toApi(measure, national);
                }));
    }

    /** Adds an exemption, or with a reused Idempotency-Key answers the one added the first time. */
    @WithTransaction
    @StateScoped
    public Uni<TariffExemption> createExemption(NewTariffExemption request, String idempotencyKey) {
        Caller who = caller.get();
        return idempotentCreation.createOrReplay(idempotencyKey, "createTariffExemption", request, EXEMPTION,
                PURPOSE, id -> {
                    TariffExemptionEntity exemption = new TariffExemptionEntity();
                    exemption.id = id;
                    exemption.state = who.state();
                    exemption.recordedAt = now();
                    exemption.recordedBy = who.username();
                    TariffMapping.apply(request, exemption);
                    return exemptions.persist(exemption).map(TariffMapping::toApi);
                }, id -> exemptions.findById(id)
                        .onItem().ifNull().failWith(() -> new RecordNotFoundException(EXEMPTION, id))
                        .map(TariffMapping::toApi));
    }

    @WithTransaction
    @StateScoped
    public Uni<Page<TariffExemption>> listExemptions(PagePosition after, int limit) {
        return exemptions.page(after, Page.rowsToFetch(limit))
                .map(fetched -> Page.of(fetched, limit, exemption -> new PagePosition(exemption.recordedAt,
                        exemption.id)).map(TariffMapping::toApi));
    }

    /** Records the rate of {@code currency} from {@code validFrom}, replacing one recorded for that day. */
    @WithTransaction
    @StateScoped
    public Uni<ExchangeRate> setExchangeRate(String currency, LocalDate validFrom, ExchangeRateChange change) {
        Caller who = caller.get();
        if (change.getRate().stripTrailingZeros().scale() > RATE_DECIMALS) {
            throw TariffMapping.invalid("rate", "has more than " + RATE_DECIMALS + " decimals");
        }
        if (change.getValidTo() != null && !change.getValidTo().isAfter(validFrom)) {
            throw TariffMapping.invalid("validTo", "must be after validFrom " + validFrom);
        }
        return tariffs.nationalCurrency().chain(national -> {
            if (!CurrencyCodes.isActive(currency)) {
                throw TariffMapping.invalid("currency", "'" + currency + "' is not a currency in use (ISO 4217)");
            }
            if (currency.equals(national)) {
                throw TariffMapping.invalid("currency", "is the national currency " + national
                        + ", which needs no exchange rate");
            }
            ExchangeRateEntity rate = new ExchangeRateEntity();
            rate.key = new ExchangeRateEntity.Key(who.state(), currency, validFrom);
            rate.rate = change.getRate();
            rate.validTo = change.getValidTo();
            rate.recordedAt = now();
            rate.recordedBy = who.username();
            // One statement, so that two first PUTs of a rate at once both succeed (the later one wins) instead of
            // the second breaking the primary key.
            return Panache.getSession().chain(session -> session.createNativeQuery("""
                    insert into exchange_rate (state, currency, valid_from, valid_to, rate, recorded_at, recorded_by)
                    values (:state, :currency, :validFrom, :validTo, :rate, :recordedAt, :recordedBy)
                    on conflict (state, currency, valid_from) do update set valid_to = excluded.valid_to,
                        rate = excluded.rate, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                    .setParameter("state", rate.key.state())
                    .setParameter("currency", currency)
                    .setParameter("validFrom", validFrom)
                    .setParameter("validTo", rate.validTo)
                    .setParameter("rate", rate.rate)
                    .setParameter("recordedAt", rate.recordedAt)
                    .setParameter("recordedBy", rate.recordedBy)
                    .executeUpdate())
                    .map(stored -> TariffMapping.toApi(rate, national));
        });
    }

    /** The state's rates, by currency then latest first, of one currency and/or valid on one day if asked. */
    @WithTransaction
    @StateScoped
    public Uni<List<ExchangeRate>> exchangeRates(String currency, LocalDate on) {
        StringBuilder query = new StringBuilder("from ExchangeRateEntity r where 1 = 1");
        if (currency != null) {
            query.append(" and r.key.currency = :currency");
        }
        if (on != null) {
            query.append(" and r.key.validFrom <= :on and (r.validTo is null or r.validTo > :on)");
        }
        query.append(" order by r.key.currency, r.key.validFrom desc");
        return tariffs.nationalCurrency().chain(national -> Panache.getSession().chain(session -> {
            var select = session.createQuery(query.toString(), ExchangeRateEntity.class).setMaxResults(RATE_LIMIT);
            if (currency != null) {
                select.setParameter("currency", currency);
            }
            if (on != null) {
                select.setParameter("on", on);
            }
            return select.getResultList();
        }).map(found -> found.stream().map(rate -> TariffMapping.toApi(rate, national)).toList()));
    }

    /** The state's national currency; 404 while none is recorded. */
    @WithTransaction
    @StateScoped
    public Uni<NationalCurrency> nationalCurrency() {
        return recordedNationalCurrency().map(found -> {
            if (found == null) {
                throw new RecordNotFoundException("The state has no national currency recorded.");
            }
            return new NationalCurrency().currency(found);
        });
    }

    /**
     * Records the state's national currency; another one than recorded only while nothing is kept in the recorded
     * one yet (measures, rates, assessments, payments).
     */
    @WithTransaction
    @StateScoped
    public Uni<NationalCurrency> setNationalCurrency(NationalCurrency request) {
        String currency = request.getCurrency();
        if (!CurrencyCodes.isActive(currency)) {
            throw TariffMapping.invalid("currency", "'" + currency + "' is not a currency in use (ISO 4217)");
        }
        return recordedNationalCurrency().chain(recorded -> {
            if (currency.equals(recorded)) {
                return Uni.createFrom().item(request);
            }
            return Panache.getSession().chain(session -> session.createNativeQuery("""
                    select exists (select 1 from tariff_measure) or exists (select 1 from exchange_rate)
                        or exists (select 1 from assessment) or exists (select 1 from payment)""", Boolean.class)
                    .getSingleResult()
                    .chain(amountsKept -> {
                        if (recorded != null && amountsKept) {
                            throw new ConflictException("The state's tariff, rates and assessments are kept in "
                                    + recorded + ": its national currency cannot become " + currency + ".");
                        }
                        return session.createNativeQuery("""
                                insert into national_currency (state, currency) values (:state, :currency)
                                on conflict (state) do update set currency = excluded.currency""")
                                .setParameter("state", caller.get().state())
                                .setParameter("currency", currency)
                                .executeUpdate();
                    }))
                    .map(updated -> request);
        });
    }

    /** The state's national currency, or null. */
    private Uni<String> recordedNationalCurrency() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select currency from national_currency for update", String.class)
                .getSingleResultOrNull());
    }

    private Uni<TariffMeasureEntity> findMeasure(UUID id) {
        return measures.findById(id).onItem().ifNull().failWith(() -> new RecordNotFoundException(MEASURE, id));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
