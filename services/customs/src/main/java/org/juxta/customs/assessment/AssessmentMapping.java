package org.juxta.customs.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.juxta.customs.api.model.AssessedItem;
import org.juxta.customs.api.model.AssessedTaxLine;
import org.juxta.customs.api.model.ExchangeRateUsed;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Payment;
import org.juxta.customs.api.model.QuantityBase;
import org.juxta.customs.api.model.SupportingDocument;
import org.juxta.customs.api.model.TaxTotal;
import org.juxta.customs.duty.Assessment;
import org.juxta.customs.duty.AssessmentItem;
import org.juxta.customs.duty.AssessmentRequest;
import org.juxta.customs.duty.ExchangeRate;
import org.juxta.customs.duty.ItemAssessment;
import org.juxta.customs.duty.Money;
import org.juxta.customs.duty.Quantity;
import org.juxta.customs.duty.TaxLine;
import org.juxta.customs.duty.TaxType;

/** Between the declaration as lodged, the duty engine's request and answer, and the API's assessment. */
final class AssessmentMapping {

    private AssessmentMapping() {
    }

    /** What the engine needs of a declaration's content, as of {@code date}. */
    static AssessmentRequest toRequest(NewDeclaration declaration, LocalDate date) {
        Set<String> documentTypes = declaration.getDocuments() == null
                ? Set.of()
                : declaration.getDocuments().stream().map(SupportingDocument::getType).collect(Collectors.toSet());
        List<AssessmentItem> items = declaration.getItems().stream().map(AssessmentMapping::toItem).toList();
        return new AssessmentRequest(date, declaration.getCurrency(), declaration.getProcedureCode(),
                declaration.getAdditionalProcedureCode(), documentTypes, items);
    }

    private static AssessmentItem toItem(GoodsItem item) {
        return new AssessmentItem(item.getHsCode(), item.getTariffLine(), item.getOrigin(),
                item.getPreferentialOrigin(),
                new Quantity(item.getQuantity().getAmount(), item.getQuantity().getUnit()), item.getNetMass(),
                item.getCustomsValue());
    }

    static org.juxta.customs.api.model.Assessment toApi(Assessment assessment, UUID id, UUID declarationId,
            int declarationVersion, String declaredCurrency, OffsetDateTime assessedAt, String assessedBy) {
        return new org.juxta.customs.api.model.Assessment()
                .id(id)
                .declarationId(declarationId)
                .declarationVersion(declarationVersion)
                .calculationDate(assessment.calculationDate())
                .declaredCurrency(declaredCurrency)
                .nationalCurrency(assessment.nationalCurrency())
                .exchangeRate(toApi(assessment.exchangeRate()))
                .items(assessment.items().stream().map(AssessmentMapping::toApi).toList())
                .totals(assessment.totals().entrySet().stream()
                        .map(total -> new TaxTotal().taxType(toApi(total.getKey()))
                                .amount(total.getValue().minorUnits()))
                        .toList())
                .total(assessment.total().minorUnits())
                .assessedAt(assessedAt)
                .assessedBy(assessedBy);
    }

    private static ExchangeRateUsed toApi(ExchangeRate rate) {
        if (rate == null) {
            return null;
        }
        return new ExchangeRateUsed().currency(rate.currency()).rate(rate.rate()).validFrom(rate.validFrom())
                .validTo(rate.validTo());
    }

    private static AssessedItem toApi(ItemAssessment item) {
        return new AssessedItem()
                .itemNumber(item.itemNumber())
                .declaredValue(item.declaredValue().minorUnits())
                .customsValue(item.customsValue().minorUnits())
                .taxLines(item.taxLines().stream().map(AssessmentMapping::toApi).toList())
                .total(item.total().minorUnits());
    }

    private static AssessedTaxLine toApi(TaxLine line) {
        return new AssessedTaxLine()
                .taxType(toApi(line.taxType()))
                .measureId(line.measureId())
                .exemptionId(line.exemptionId())
                .rule(line.rule())
                .valueBase(minorUnits(line.valueBase()))
                .quantityBase(line.quantityBase() == null
                        ? null
                        : new QuantityBase().amount(line.quantityBase().amount()).unit(line.quantityBase().unit()))
                .rate(line.rate() != null ? line.rate().toString() : null)
                .amount(line.amount().minorUnits());
    }

    private static Long minorUnits(Money money) {
        return money != null ? money.minorUnits() : null;
    }

    private static org.juxta.customs.api.model.TaxType toApi(TaxType taxType) {
        return org.juxta.customs.api.model.TaxType.fromValue(taxType.name());
    }

    static Payment toApi(PaymentEntity payment) {
        return new Payment()
                .id(payment.id)
                .declarationId(payment.declarationId)
                .amount(payment.amount)
                .currency(payment.currency)
                .receiptReference(payment.receiptReference)
                .paidAt(payment.paidAt.atOffset(java.time.ZoneOffset.UTC))
                .recordedBy(payment.recordedBy);
    }
}
