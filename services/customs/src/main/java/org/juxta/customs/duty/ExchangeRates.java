package org.juxta.customs.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange rates a state converts declared values with, of every period. When periods overlap, the rate that
 * started last is the one in force (a rate published mid-week replaces the weekly one); two rates of one pair
 * starting the same day are refused. Immutable; safe to share between threads.
 */
public final class ExchangeRates {

    private final List<ExchangeRate> rates;
    private final Map<String, List<ExchangeRate>> latestFirstByPair = new HashMap<>();

    public ExchangeRates(List<ExchangeRate> rates) {
        this.rates = List.copyOf(rates);
        for (ExchangeRate rate : this.rates) {
            latestFirstByPair.computeIfAbsent(pair(rate.currency(), rate.nationalCurrency()), key -> new ArrayList<>())
                    .add(rate);
        }
        for (List<ExchangeRate> ofPair : latestFirstByPair.values()) {
            ofPair.sort(Comparator.comparing(ExchangeRate::validFrom).reversed());
            for (int i = 1; i < ofPair.size(); i++) {
                if (ofPair.get(i).validFrom().equals(ofPair.get(i - 1).validFrom())) {
                    throw new IllegalArgumentException("two rates start on the same day: " + ofPair.get(i) + " and "
                            + ofPair.get(i - 1));
                }
            }
        }
    }

    /** None: for a state whose declarations are all in its own currency. */
    public static ExchangeRates none() {
        return new ExchangeRates(List.of());
    }

    public List<ExchangeRate> rates() {
        return rates;
    }

    /** The rate converting {@code currency} into {@code nationalCurrency} in force on {@code date}. */
    public Optional<ExchangeRate> find(String currency, String nationalCurrency, LocalDate date) {
        for (ExchangeRate rate : latestFirstByPair.getOrDefault(pair(currency, nationalCurrency), List.of())) {
            if (rate.isValidOn(date)) {
                return Optional.of(rate);
            }
        }
        return Optional.empty();
    }

    private static String pair(String currency, String nationalCurrency) {
        return currency + "/" + nationalCurrency;
    }
}
