package org.juxta.customs.tariff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.customs.duty.DutyCalculator;
import org.juxta.customs.duty.ExchangeRates;
import org.juxta.customs.duty.Tariff;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.problem.ConflictException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Builds the duty engine for the caller's state from its tables. To be called inside the caller's state-scoped
 * transaction: row-level security gives it the state's rows only.
 */
@ApplicationScoped
public class StateTariffs {

    private final TariffMeasureRepository measures;
    private final TariffExemptionRepository exemptions;
    private final CurrentCaller caller;

    StateTariffs(TariffMeasureRepository measures, TariffExemptionRepository exemptions, CurrentCaller caller) {
        this.measures = measures;
        this.exemptions = exemptions;
        this.caller = caller;
    }

    /** The currency the state's duties are computed and paid in, e.g. MNT; a state without one is a conflict. */
    public Uni<String> nationalCurrency() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select currency from national_currency", String.class)
                        .getResultList())
                .map(found -> {
                    if (found.isEmpty()) {
                        throw new ConflictException("The state has no national currency recorded: duties cannot be"
                                + " computed or paid.");
                    }
                    return found.get(0);
                });
    }

    /**
     * The duty calculator for goods of {@code goodsCodes} (tariff lines or HS codes): with the state's measures that
     * cover them and its exemptions valid on {@code date}, and its rates of {@code currency} valid on that day (none
     * when it is the national currency).
     */
    public Uni<DutyCalculator> calculatorFor(LocalDate date, String currency, Collection<String> goodsCodes) {
        String state = caller.get().state();
        return nationalCurrency().chain(national -> measures.covering(goodsCodes, date)
                .chain(validMeasures -> exemptions.validOn(date)
                        .chain(validExemptions -> ratesOn(date, currency).map(rates -> {
                            Tariff tariff = new Tariff(state, national,
                                    validMeasures.stream().map(measure -> TariffMapping.toMeasure(measure, national))
                                            .toList(),
                                    validExemptions.stream().map(TariffMapping::toExemption).toList());
                            return new DutyCalculator(tariff, new ExchangeRates(
                                    rates.stream().map(rate -> TariffMapping.toExchangeRate(rate, national)).toList()));
                        }))));
    }

    private Uni<List<ExchangeRateEntity>> ratesOn(LocalDate date, String currency) {
        return Panache.getSession().chain(session -> session.createQuery("""
                from ExchangeRateEntity r where r.key.currency = :currency and r.key.validFrom <= :date
                and (r.validTo is null or r.validTo > :date)""", ExchangeRateEntity.class)
                .setParameter("currency", currency)
                .setParameter("date", date)
                .getResultList());
    }
}
