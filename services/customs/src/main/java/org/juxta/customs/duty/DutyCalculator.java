package org.juxta.customs.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.juxta.trade.CurrencyCodes;

/**
 * Assesses declarations against one state's tariff and exchange rates: customs duty, excise and VAT per item, with
 * the measure, base, rate and rule of every line. The rules and the rounding are those of the
 * {@linkplain org.juxta.customs.duty package}. Immutable and stateless beyond its tariff and rates, so one instance
 * serves any number of threads; the result depends only on them and the request.
 */
public final class DutyCalculator {

    private final Tariff tariff;
    private final ExchangeRates exchangeRates;

    public DutyCalculator(Tariff tariff, ExchangeRates exchangeRates) {
        this.tariff = Objects.requireNonNull(tariff, "tariff");
        this.exchangeRates = Objects.requireNonNull(exchangeRates, "exchangeRates");
    }

    /**
     * The declaration's taxes on {@code request.calculationDate()}.
     *
     * @throws AssessmentException
     *             listing every problem found when any item cannot be assessed
     */
    public Assessment assess(AssessmentRequest request) {
        List<AssessmentProblem> problems = new ArrayList<>();
        String nationalCurrency = tariff.nationalCurrency();
        LocalDate date = request.calculationDate();
        ExchangeRate exchangeRate = null;
        boolean convertible = true;
        if (!CurrencyCodes.isActive(request.currency())) {
            problems.add(new AssessmentProblem("currency",
                    "'" + request.currency() + "' is not a currency in use (ISO 4217)"));
            convertible = false;
        } else if (!request.currency().equals(nationalCurrency)) {
            exchangeRate = exchangeRates.find(request.currency(), nationalCurrency, date).orElse(null);
            if (exchangeRate == null) {
                problems.add(new AssessmentProblem("currency", "no exchange rate from " + request.currency() + " to "
                        + nationalCurrency + " is in force on " + date));
                convertible = false;
            }
        }

        List<ItemAssessment> items = new ArrayList<>(request.items().size());
        Map<TaxType, Money> totals = new EnumMap<>(TaxType.class);
        for (TaxType taxType : TaxType.values()) {
            totals.put(taxType, Money.zero(nationalCurrency));
        }
        Money total = Money.zero(nationalCurrency);
        for (int index = 0; index < request.items().size(); index++) {
            ItemAssessment item = new ItemCalculation(request, index, problems).assess(convertible, exchangeRate);
            if (item == null) {
                continue;
            }
            items.add(item);
            try {
                for (TaxLine line : item.taxLines()) {
                    totals.put(line.taxType(), totals.get(line.taxType()).plus(line.amount()));
                }
                total = total.plus(item.total());
            } catch (ArithmeticException tooLarge) {
                problems.add(new AssessmentProblem("items", "the declaration's taxes are too large to add up"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentException(problems);
        }
        return new Assessment(date, tariff.state(), nationalCurrency, exchangeRate, items, totals, total);
    }

    /** The measures found for one tax of one item: the general one and the preferential one that applies, if any. */
    private record Selection(TariffMeasure general, TariffMeasure preferential, String proof) {

        boolean isEmpty() {
            return general == null && preferential == null;
        }
    }

    /** A tax's amount before rounding, and how it was reached. */
    private record Computed(BigDecimal minorUnits, String rule, Quantity quantityBase) {
    }

    /** The work on one item; problems go to the declaration's list with the item's path. */
    private final class ItemCalculation {

        private final AssessmentRequest request;
        private final AssessmentItem item;
        private final int index;
        private final String path;
        private final List<AssessmentProblem> problems;
        private final int problemsBefore;

        ItemCalculation(AssessmentRequest request, int index, List<AssessmentProblem> problems) {
            this.request = request;
            this.item = request.items().get(index);
            this.index = index;
            this.path = "items[" + index + "]";
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        /** The item's lines, or null (with problems added) when it cannot be assessed. */
        ItemAssessment assess(boolean convertible, ExchangeRate exchangeRate) {
            Selection duty = select(TaxType.DUTY);
            Selection excise = select(TaxType.EXCISE);
            Selection vat = select(TaxType.VAT);
            Exemption dutyExemption = exemption(TaxType.DUTY);
            if (duty.isEmpty() && dutyExemption == null) {
                problem(item.goodsCodeField(),
                        "no customs duty measure covers " + item.goodsCode() + " on " + request.calculationDate());
            }
            if (!convertible || problems.size() > problemsBefore) {
                return null;
            }
            try {
                Money declaredValue = new Money(item.customsValue(), request.currency());
                Money customsValue = convert(declaredValue, exchangeRate);
                List<TaxLine> lines = new ArrayList<>(3);

                TaxLine dutyLine = taxLine(TaxType.DUTY, duty, dutyExemption, customsValue, "customs value");
                if (dutyLine == null) {
                    return null;
                }
                lines.add(dutyLine);
                Money excisePaid = Money.zero(customsValue.currency());
                if (!excise.isEmpty()) {
                    Money exciseBase = customsValue.plus(dutyLine.amount());
                    TaxLine exciseLine = taxLine(TaxType.EXCISE, excise, exemption(TaxType.EXCISE), exciseBase,
                            "customs value plus duty");
                    if (exciseLine == null) {
                        return null;
                    }
                    lines.add(exciseLine);
                    excisePaid = exciseLine.amount();
                }
                if (!vat.isEmpty()) {
                    // VAT measures are ad valorem only, so no unit can fail to fit here.
                    Money vatBase = customsValue.plus(dutyLine.amount()).plus(excisePaid);
                    String label = "duty-paid value (customs value " + customsValue + " + duty " + dutyLine.amount()
                            + " + excise " + excisePaid + ")";
                    lines.add(taxLine(TaxType.VAT, vat, exemption(TaxType.VAT), vatBase, label));
                }
                Money itemTotal = Money.zero(customsValue.currency());
                for (TaxLine line : lines) {
                    itemTotal = itemTotal.plus(line.amount());
                }
                return new ItemAssessment(index + 1, declaredValue, customsValue, lines, itemTotal);
            } catch (ArithmeticException tooLarge) {
                problem("customsValue", "the item's value and taxes are too large to compute in minor units");
                return null;
            }
        }

        private Exemption exemption(TaxType taxType) {
            return tariff.exemption(taxType, request.procedureCode(), request.additionalProcedureCode(),
                    request.calculationDate());
        }

        /**
         * The most specific general measure and the most specific preferential one that applies, each searched from
         * the full goods code down to the empty one; two at the same length are an ambiguous tariff.
         */
        private Selection select(TaxType taxType) {
            String code = item.goodsCode();
            LocalDate date = request.calculationDate();
            TariffMeasure general = null;
            TariffMeasure preferential = null;
            for (int length = code.length(); length >= 0 && (general == null || preferential == null); length--) {
                TariffMeasure generalHere = null;
                TariffMeasure preferentialHere = null;
                for (TariffMeasure measure : tariff.measuresAt(taxType, code.substring(0, length))) {
                    if (!measure.isValidOn(date)) {
                        continue;
                    }
                    if (!measure.isPreferential() && general == null) {
                        generalHere = unambiguous(taxType, generalHere, measure);
                    } else if (measure.isPreferential() && preferential == null && proof(measure) != null) {
                        preferentialHere = unambiguous(taxType, preferentialHere, measure);
                    }
                }
                general = general != null ? general : generalHere;
                preferential = preferential != null ? preferential : preferentialHere;
            }
            return new Selection(general, preferential, preferential == null ? null : proof(preferential));
        }

        private TariffMeasure unambiguous(TaxType taxType, TariffMeasure found, TariffMeasure another) {
            if (found != null) {
                String first = found.id().compareTo(another.id()) < 0 ? found.id() : another.id();
                String second = first.equals(found.id()) ? another.id() : found.id();
                problem(item.goodsCodeField(), "measures " + first + " and " + second + " both set the "
                        + name(taxType) + " of " + item.goodsCode() + " on " + request.calculationDate()
                        + ": the tariff is ambiguous");
            }
            return another;
        }

        /** The declared document proving the item's preferential origin for {@code measure}, or null. */
        private String proof(TariffMeasure measure) {
            if (item.preferentialOrigin() == null
                    || !measure.preferentialOrigins().contains(item.preferentialOrigin())) {
                return null;
            }
            return measure.originProofDocuments().stream().filter(request.documentTypes()::contains).sorted()
                    .findFirst().orElse(null);
        }

        /** The line of one tax, or null (with a problem) when a measure's unit does not fit the item. */
        private TaxLine taxLine(TaxType taxType, Selection selection, Exemption exemption, Money valueBase,
                String valueLabel) {
            if (exemption != null) {
                TariffMeasure measure = selection.preferential() != null
                        ? selection.preferential()
                        : selection.general();
                return new TaxLine(taxType, measure == null ? null : measure.id(), exemption.id(),
                        "relieved by " + exemption.describe(), null, null, measure == null ? null : measure.rate(),
                        Money.zero(valueBase.currency()));
            }
            Computed general = selection.general() == null
                    ? null
                    : compute(selection.general(), valueBase,
                            valueLabel);
            Computed preferential = selection.preferential() == null
                    ? null
                    : compute(selection.preferential(),
                            valueBase, valueLabel);
            if ((selection.general() != null && general == null)
                    || (selection.preferential() != null && preferential == null)) {
                return null;
            }
            TariffMeasure measure;
            Computed chosen;
            String rule;
            if (preferential != null && (general == null
                    || preferential.minorUnits().compareTo(general.minorUnits()) <= 0)) {
                measure = selection.preferential();
                chosen = preferential;
                rule = chosen.rule() + " (preferential rate for origin " + item.preferentialOrigin()
                        + " proven by " + selection.proof() + ")";
            } else {
                measure = selection.general();
                chosen = general;
                rule = chosen.rule() + (preferential == null
                        ? ""
                        : " (general rate, lower than preferential measure " + selection.preferential().id() + ")");
            }
            Rate rate = measure.rate();
            return new TaxLine(taxType, measure.id(), null, rule, rate.adValoremPercent() == null ? null : valueBase,
                    chosen.quantityBase(), rate, Money.roundedHalfUp(chosen.minorUnits(), valueBase.currency()));
        }

        /** The exact amount of {@code measure} on this item, or null (with a problem) when the units do not fit. */
        private Computed compute(TariffMeasure measure, Money valueBase, String valueLabel) {
            Rate rate = measure.rate();
            String currency = valueBase.currency();
            Quantity quantity = null;
            String quantityLabel = null;
            if (rate.unit() != null) {
                if (Quantity.KILOGRAM.equals(rate.unit())) {
                    quantity = new Quantity(item.netMass(), Quantity.KILOGRAM);
                    quantityLabel = "net mass";
                } else if (rate.unit().equals(item.quantity().unit())) {
                    quantity = item.quantity();
                    quantityLabel = "quantity";
                } else {
                    problem("quantity.unit", "measure " + measure.id() + " charges " + name(measure.taxType())
                            + " per " + rate.unit() + " on " + item.goodsCode() + "; the quantity is declared in "
                            + item.quantity().unit());
                    return null;
                }
            }
            BigDecimal amount = BigDecimal.ZERO;
            StringBuilder rule = new StringBuilder(rate.specific() == null
                    ? "ad valorem "
                    : rate.adValoremPercent() == null ? "specific " : "mixed ");
            if (rate.adValoremPercent() != null) {
                amount = BigDecimal.valueOf(valueBase.minorUnits()).multiply(rate.adValoremPercent()).movePointLeft(2);
                rule.append(Formats.plain(rate.adValoremPercent())).append(" % of ").append(valueBase).append(' ')
                        .append(valueLabel);
            }
            if (rate.specific() != null) {
                amount = amount.add(perUnit(rate.specific(), quantity));
                rule.append(rate.adValoremPercent() == null ? "" : " + ").append(rate.specific()).append(" × ")
                        .append(quantity).append(' ').append(quantityLabel);
            }
            if (rate.minimum() != null) {
                BigDecimal minimum = perUnit(rate.minimum(), quantity);
                if (amount.compareTo(minimum) < 0) {
                    rule.append(" = ").append(Money.roundedHalfUp(amount, currency)).append(", less than the minimum ")
                            .append(rate.minimum()).append(" × ").append(quantity).append(' ').append(quantityLabel)
                            .append(" = ").append(Money.roundedHalfUp(minimum, currency))
                            .append(": the minimum is charged");
                    amount = minimum;
                }
            }
            if (rate.maximum() != null) {
                BigDecimal maximum = perUnit(rate.maximum(), quantity);
                if (amount.compareTo(maximum) > 0) {
                    rule.append(" = ").append(Money.roundedHalfUp(amount, currency)).append(", more than the maximum ")
                            .append(rate.maximum()).append(" × ").append(quantity).append(' ').append(quantityLabel)
                            .append(" = ").append(Money.roundedHalfUp(maximum, currency))
                            .append(": the maximum is charged");
                    amount = maximum;
                }
            }
            return new Computed(amount, rule.toString(), quantity);
        }

        private void problem(String field, String message) {
            problems.add(new AssessmentProblem(path + "." + field, message));
        }
    }

    /**
     * {@code value} in the national currency at {@code rate}, rounded half up to the national minor unit: 1,000.00
     * USD (100000 cents) at 3,450.25 is 3,450,250.00 MNT; 0.01 KWD at 11,215.678 MNT is 112.16 MNT.
     */
    private static Money convert(Money value, ExchangeRate rate) {
        if (rate == null) {
            return value;
        }
        Money nationalZero = Money.zero(rate.nationalCurrency());
        BigDecimal minorUnits = BigDecimal.valueOf(value.minorUnits()).multiply(rate.rate())
                .movePointRight(nationalZero.minorUnitDigits() - value.minorUnitDigits());
        return Money.roundedHalfUp(minorUnits, rate.nationalCurrency());
    }

    private static BigDecimal perUnit(PerUnit perUnit, Quantity quantity) {
        return quantity.amount().multiply(BigDecimal.valueOf(perUnit.amount().minorUnits()));
    }

    private static String name(TaxType taxType) {
        return switch (taxType) {
            case DUTY -> "customs duty";
            case EXCISE -> "excise";
            case VAT -> "VAT";
        };
    }
}
