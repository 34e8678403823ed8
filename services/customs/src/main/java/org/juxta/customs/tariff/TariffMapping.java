package org.juxta.customs.tariff;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.juxta.customs.api.model.NewTariffExemption;
import org.juxta.customs.api.model.NewTariffMeasure;
import org.juxta.customs.api.model.PerUnitAmount;
import org.juxta.customs.api.model.TariffExemption;
import org.juxta.customs.api.model.TariffMeasure;
import org.juxta.customs.api.model.TariffRate;
import org.juxta.customs.duty.ExchangeRate;
import org.juxta.customs.duty.Exemption;
import org.juxta.customs.duty.Money;
import org.juxta.customs.duty.PerUnit;
import org.juxta.customs.duty.Rate;
import org.juxta.customs.duty.TaxType;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.InvalidContentException;

/** Between the API's tariff, the stored one and the duty engine's. */
final class TariffMapping {

    private TariffMapping() {
    }

    /** Fills a new measure from the request; refuses one the duty engine would not take. */
    static void apply(NewTariffMeasure request, TariffMeasureEntity entity, String nationalCurrency) {
        entity.taxType = request.getTaxType().name();
        entity.goodsCode = request.getGoodsCode();
        entity.validFrom = request.getValidFrom();
        entity.validTo = request.getValidTo();
        entity.rate = request.getRate();
        entity.preferentialOrigins = joined(request.getPreferentialOrigins());
        entity.originProofDocuments = joined(request.getOriginProofDocuments());
        entity.description = request.getDescription();
        try {
            toMeasure(entity, nationalCurrency);
        } catch (IllegalArgumentException e) {
            throw invalid(fieldOf(e.getMessage()), withoutId(entity, e.getMessage()));
        }
    }

    /** Fills a new exemption from the request; refuses one the duty engine would not take. */
    static void apply(NewTariffExemption request, TariffExemptionEntity entity) {
        entity.relieved = joined(request.getRelieved().stream().map(Enum::name).toList());
        entity.procedureCode = request.getProcedureCode();
        entity.additionalProcedureCode = request.getAdditionalProcedureCode();
        entity.validFrom = request.getValidFrom();
        entity.validTo = request.getValidTo();
        entity.description = request.getDescription();
        try {
            toExemption(entity);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().contains("valid to") ? "validTo" : "procedureCode",
                    e.getMessage().replace(entity.id + ": ", ""));
        }
    }

    static org.juxta.customs.duty.TariffMeasure toMeasure(TariffMeasureEntity entity, String nationalCurrency) {
        return new org.juxta.customs.duty.TariffMeasure(entity.id.toString(), TaxType.valueOf(entity.taxType),
                entity.goodsCode, entity.validFrom, entity.validTo, toRate(entity.rate, nationalCurrency),
                Set.copyOf(split(entity.preferentialOrigins)), Set.copyOf(split(entity.originProofDocuments)));
    }

    static Exemption toExemption(TariffExemptionEntity entity) {
        Set<TaxType> relieved = EnumSet.noneOf(TaxType.class);
        split(entity.relieved).forEach(type -> relieved.add(TaxType.valueOf(type)));
        return new Exemption(entity.id.toString(), relieved, entity.procedureCode, entity.additionalProcedureCode,
                entity.validFrom, entity.validTo);
    }

    static ExchangeRate toExchangeRate(ExchangeRateEntity entity, String nationalCurrency) {
        return new ExchangeRate(entity.key.currency(), nationalCurrency, entity.rate.stripTrailingZeros(),
                entity.key.validFrom(), entity.validTo);
    }

    static Rate toRate(TariffRate rate, String nationalCurrency) {
        return new Rate(rate.getAdValoremPercent(), perUnit(rate.getSpecific(), nationalCurrency),
                perUnit(rate.getMinimum(), nationalCurrency), perUnit(rate.getMaximum(), nationalCurrency));
    }

    private static PerUnit perUnit(PerUnitAmount amount, String nationalCurrency) {
        return amount == null ? null : new PerUnit(new Money(amount.getAmount(), nationalCurrency), amount.getUnit());
    }

    static TariffMeasure toApi(TariffMeasureEntity entity, String nationalCurrency) {
        return new TariffMeasure()
                .id(entity.id)
                .taxType(org.juxta.customs.api.model.TaxType.fromValue(entity.taxType))
                .goodsCode(entity.goodsCode)
                .validFrom(entity.validFrom)
                .validTo(entity.validTo)
                .rate(entity.rate)
                .rateText(toRate(entity.rate, nationalCurrency).toString())
                .nationalCurrency(nationalCurrency)
                .preferentialOrigins(new ArrayList<>(split(entity.preferentialOrigins)))
                .originProofDocuments(new ArrayList<>(split(entity.originProofDocuments)))
                .description(entity.description)
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(entity.recordedBy)
                .endedAt(entity.endedAt != null ? entity.endedAt.atOffset(ZoneOffset.UTC) : null)
                .endedBy(entity.endedBy);
    }

    static TariffExemption toApi(TariffExemptionEntity entity) {
        return new TariffExemption()
                .id(entity.id)
                .relieved(split(entity.relieved).stream().map(org.juxta.customs.api.model.TaxType::fromValue).toList())
                .procedureCode(entity.procedureCode)
                .additionalProcedureCode(entity.additionalProcedureCode)
                .validFrom(entity.validFrom)
                .validTo(entity.validTo)
                .description(entity.description)
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(entity.recordedBy);
    }

    static org.juxta.customs.api.model.ExchangeRate toApi(ExchangeRateEntity entity, String nationalCurrency) {
        BigDecimal rate = entity.rate.stripTrailingZeros();
        return new org.juxta.customs.api.model.ExchangeRate()
                .currency(entity.key.currency())
                .nationalCurrency(nationalCurrency)
                .rate(rate.scale() < 0 ? rate.setScale(0) : rate)
                .validFrom(entity.key.validFrom())
                .validTo(entity.validTo)
                .recordedAt(entity.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(entity.recordedBy);
    }

    /** Codes as a column keeps them: sorted and comma-separated, empty for none. */
    private static String joined(Collection<String> codes) {
        return codes == null ? "" : codes.stream().sorted().collect(Collectors.joining(","));
    }

    private static List<String> split(String codes) {
        return codes.isEmpty() ? List.of() : List.of(codes.split(","));
    }

    /** The request field an engine's refusal of a measure is about. */
    private static String fieldOf(String message) {
        if (message.contains("valid to")) {
            return "validTo";
        }
        if (message.contains("preferential") || message.contains("origin")) {
            return "originProofDocuments";
        }
        return "rate";
    }

    private static String withoutId(TariffMeasureEntity entity, String message) {
        return message.replace(entity.id + ": ", "");
    }

    static InvalidContentException invalid(String field, String message) {
        return new InvalidContentException(List.of(new FieldError(field, message)));
    }
}
