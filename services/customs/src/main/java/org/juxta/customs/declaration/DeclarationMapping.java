package org.juxta.customs.declaration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.juxta.customs.api.model.CancellationRecord;
import org.juxta.customs.api.model.Control;
import org.juxta.customs.api.model.ControlKind;
import org.juxta.customs.api.model.Decision;
import org.juxta.customs.api.model.DecisionKind;
import org.juxta.customs.api.model.Declaration;
import org.juxta.customs.api.model.DeclarationVersion;
import org.juxta.customs.api.model.DeclaredGoodsItem;
import org.juxta.customs.api.model.GoodsItem;
import org.juxta.customs.api.model.NewDeclaration;
import org.juxta.customs.api.model.Presentation;
import org.juxta.customs.api.model.Selectivity;
import org.juxta.shared.caller.Caller;

/** Between the API's declarations and the stored ones. */
final class DeclarationMapping {

    private DeclarationMapping() {
    }

    static DeclarationEntity toEntity(NewDeclaration request, Caller caller, Instant now) {
        DeclarationEntity entity = new DeclarationEntity();
        entity.state = caller.state();
        entity.post = caller.post();
        entity.declarantId = request.getDeclarant().getIdentifier();
        entity.localReference = request.getLocalReference();
        entity.type = request.getType().name();
        entity.status = DeclarationStatus.LODGED;
        entity.version = 1;
        entity.lodgedAt = now;
        entity.lodgedBy = caller.username();
        setContent(entity, request, now);
        return entity;
    }

    /** Makes {@code content} the declaration's current version, with what is derived from it. */
    static void setContent(DeclarationEntity entity, NewDeclaration content, Instant now) {
        entity.content = content;
        entity.transportIdentification = normaliseTransport(content.getTransport().getIdentification());
        entity.currency = content.getCurrency();
        entity.totalCustomsValue = content.getTotals().getCustomsValue();
        entity.itemCount = content.getItems().size();
        entity.updatedAt = now;
    }

    /** A registration plate as officers type it at the post: no spaces or hyphens, upper case. */
    static String normaliseTransport(String identification) {
        return identification.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static DeclarationVersionEntity toVersion(DeclarationEntity declaration, Caller caller, Instant now,
            String reason) {
        DeclarationVersionEntity version = new DeclarationVersionEntity();
        version.key = new DeclarationVersionEntity.Key(declaration.id, declaration.version);
        version.state = declaration.state;
        version.declarantId = declaration.declarantId;
        version.content = declaration.content;
        version.recordedAt = now;
        version.recordedBy = caller.username();
        version.reason = reason;
        return version;
    }

    static void setSelectivity(DeclarationEntity entity, Selectivity selectivity) {
        entity.channel = selectivity.getChannel().name();
        entity.selectivity = selectivity;
    }

    /** {@link #toApi(DeclarationEntity, boolean)} with the controls of the declaration. */
    static Declaration toApi(DeclarationEntity entity, List<ControlEntity> controls, boolean withRiskReasons) {
        return toApi(entity, withRiskReasons).controls(controls.stream().map(DeclarationMapping::toApi).toList());
    }

    /**
     * The declaration as the API shows it; {@code withRiskReasons} false leaves out which selectivity rules
     * fired and why, which a declarant must not learn, and keeps the channel.
     */
    static Declaration toApi(DeclarationEntity entity, boolean withRiskReasons) {
        NewDeclaration content = entity.content;
        List<DeclaredGoodsItem> items = new ArrayList<>(content.getItems().size());
        for (GoodsItem item : content.getItems()) {
            items.add(new DeclaredGoodsItem()
                    .number(items.size() + 1)
                    .description(item.getDescription())
                    .hsCode(item.getHsCode())
                    .tariffLine(item.getTariffLine())
                    .origin(item.getOrigin())
                    .preferentialOrigin(item.getPreferentialOrigin())
                    .quantity(item.getQuantity())
                    .grossMass(item.getGrossMass())
                    .netMass(item.getNetMass())
                    .customsValue(item.getCustomsValue())
                    .packages(item.getPackages()));
        }
        Declaration declaration = new Declaration()
                .id(entity.id)
                .state(entity.state)
                .post(entity.post)
                .status(org.juxta.customs.api.model.DeclarationStatus.fromValue(entity.status.name()))
                .version(entity.version)
                .type(content.getType())
                .localReference(content.getLocalReference())
                .procedureCode(content.getProcedureCode())
                .additionalProcedureCode(content.getAdditionalProcedureCode())
                .declarant(content.getDeclarant())
                .representative(content.getRepresentative())
                .importer(content.getImporter())
                .exporter(content.getExporter())
                .consignor(content.getConsignor())
                .consignee(content.getConsignee())
                .transport(content.getTransport())
                .currency(content.getCurrency())
                .totals(content.getTotals())
                .items(items)
                .documents(content.getDocuments() != null ? content.getDocuments() : List.of())
                .lodgedAt(entity.lodgedAt.atOffset(ZoneOffset.UTC))
                .lodgedBy(entity.lodgedBy)
                .updatedAt(entity.updatedAt.atOffset(ZoneOffset.UTC));
        if (entity.status == DeclarationStatus.CANCELLED) {
            declaration.cancellation(new CancellationRecord()
                    .cancelledAt(entity.cancelledAt.atOffset(ZoneOffset.UTC))
                    .cancelledBy(entity.cancelledBy)
                    .reason(entity.cancellationReason));
        }
        if (entity.selectivity != null) {
            declaration.selectivity(withRiskReasons
                    ? entity.selectivity
                    : new Selectivity().channel(entity.selectivity.getChannel())
                            .assessedAt(entity.selectivity.getAssessedAt()));
        }
        if (entity.decision != null) {
            declaration.decision(new Decision()
                    .decision(DecisionKind.fromValue(entity.decision))
                    .decidedAt(entity.decidedAt.atOffset(ZoneOffset.UTC))
                    .decidedBy(entity.decidedBy)
                    .reason(entity.decisionReason)
                    .referredTo(entity.referredTo));
        }
        if (entity.presentedAt != null) {
            declaration.presentation(new Presentation()
                    .presentedAt(entity.presentedAt.atOffset(ZoneOffset.UTC))
                    .presentedBy(entity.presentedBy));
        }
        return declaration;
    }

    static Control toApi(ControlEntity control) {
        return new Control()
                .kind(ControlKind.fromValue(control.kind))
                .startedAt(control.startedAt.atOffset(ZoneOffset.UTC))
                .startedBy(control.startedBy)
                .completedAt(control.completedAt != null ? control.completedAt.atOffset(ZoneOffset.UTC) : null)
                .completedBy(control.completedBy)
                .findings(control.findings);
    }

    static DeclarationVersion toApi(DeclarationVersionEntity version) {
        return new DeclarationVersion()
                .version(version.key.version())
                .recordedAt(version.recordedAt.atOffset(ZoneOffset.UTC))
                .recordedBy(version.recordedBy)
                .reason(version.reason)
                .declaration(version.content);
    }
}
