package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.juxta.trade.CurrencyCodes;

/**
 * A state's tariff: its measures of every period and its exemptions, with the national currency duties are paid in.
 * Immutable and indexed by goods code once, so a service can build it from its tables, keep it, and assess many
 * declarations against it from any thread.
 */
public final class Tariff {

    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private final String state;
    private final String nationalCurrency;
    private final List<TariffMeasure> measures;
    private final List<Exemption> exemptions;
    private final Map<TaxType, Map<String, List<TariffMeasure>>> measuresByGoodsCode = new EnumMap<>(TaxType.class);

    /**
     * @param state
     *            ISO 3166 alpha-3 code of the state, e.g. MNG
     * @param nationalCurrency
     *            ISO 4217 code duties are computed and paid in, e.g. MNT; every amount of a rate is in it
     * @param measures
     *            every measure, of any period; identifiers unique
     * @param exemptions
     *            every exemption, of any period; identifiers unique
     */
    public Tariff(String state, String nationalCurrency, List<TariffMeasure> measures, List<Exemption> exemptions) {
        if (state == null || !STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("a state is an alpha-3 code, not '" + state + "'");
        }
        if (!CurrencyCodes.isActive(nationalCurrency)) {
            throw new IllegalArgumentException("'" + nationalCurrency + "' is not a currency in use (ISO 4217)");
        }
        this.state = state;
        this.nationalCurrency = nationalCurrency;
        this.measures = List.copyOf(measures);
        this.exemptions = exemptions.stream().sorted(Comparator.comparing(Exemption::id)).toList();
        Set<String> ids = new HashSet<>();
        for (TariffMeasure measure : this.measures) {
            if (!ids.add(measure.id())) {
                throw new IllegalArgumentException("two measures are called " + measure.id());
            }
            measure.rate().amounts().filter(amount -> !amount.currency().equals(nationalCurrency)).findFirst()
                    .ifPresent(amount -> {
                        throw new IllegalArgumentException(
                                measure.id() + ": " + amount + " is not in the national currency " + nationalCurrency);
                    });
            measuresByGoodsCode.computeIfAbsent(measure.taxType(), type -> new HashMap<>())
                    .computeIfAbsent(measure.goodsCode(), code -> new ArrayList<>()).add(measure);
        }
        if (this.exemptions.stream().map(Exemption::id).distinct().count() < this.exemptions.size()) {
            throw new IllegalArgumentException("two exemptions have the same identifier");
        }
    }

    public String state() {
        return state;
    }

    public String nationalCurrency() {
        return nationalCurrency;
    }

    public List<TariffMeasure> measures() {
        return measures;
    }

    /** In identifier order, the order they are tried in. */
    public List<Exemption> exemptions() {
        return exemptions;
    }

    /** The measures of {@code taxType} whose goods code is exactly {@code goodsCode}, of any period. */
    List<TariffMeasure> measuresAt(TaxType taxType, String goodsCode) {
        Map<String, List<TariffMeasure>> byCode = measuresByGoodsCode.get(taxType);
        if (byCode == null) {
            return List.of();
        }
        return byCode.getOrDefault(goodsCode, List.of());
    }

    /** The first exemption, by identifier, relieving {@code taxType} for these codes on {@code date}; or null. */
    Exemption exemption(TaxType taxType, String procedureCode, String additionalProcedureCode, LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Exemption exemption : exemptions) {
            if (exemption.relieves(taxType, procedureCode, additionalProcedureCode, date)) {
                return exemption;
            }
        }
        return null;
    }
}
