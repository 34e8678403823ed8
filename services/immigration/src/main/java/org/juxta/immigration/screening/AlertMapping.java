package org.juxta.immigration.screening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.juxta.immigration.api.model.AlertEntry;
import org.juxta.immigration.api.model.AlertImport;
import org.juxta.immigration.api.model.AlertList;
import org.juxta.immigration.api.model.AlertListKind;
import org.juxta.immigration.api.model.AlertedDocument;
import org.juxta.immigration.api.model.AlertedPerson;
import org.juxta.immigration.api.model.DocumentAlertReason;
import org.juxta.immigration.api.model.Hit;
import org.juxta.immigration.api.model.HitDecision;
import org.juxta.immigration.api.model.HitResolution;
import org.juxta.immigration.api.model.HitStatus;
import org.juxta.immigration.api.model.HitSummary;
import org.juxta.immigration.api.model.ImportStatus;
import org.juxta.immigration.api.model.MatchedField;
import org.juxta.immigration.api.model.PersonAlertCategory;
import org.juxta.immigration.api.model.RejectedLine;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Sex;

/** From alert lists, entries, imports and hits to this API's models. */
public final class AlertMapping {

    private AlertMapping() {
    }

    static AlertList toApi(AlertListService.ListView view) {
        return new AlertList()
                .id(view.list().id)
                .state(view.list().state)
                .name(view.list().name)
                .kind(AlertListKind.fromValue(view.list().kind.name()))
                .description(view.list().description)
                .source(view.list().source)
                .activeEntries(view.activeEntries())
                .createdAt(utc(view.list().createdAt))
                .createdBy(view.list().createdBy);
    }

    public static AlertEntry toApi(AlertEntryEntity entry) {
        AlertEntry api = new AlertEntry()
                .id(entry.id)
                .listId(entry.listId)
                .reference(entry.reference)
                .remarks(entry.remarks)
                .createdAt(utc(entry.createdAt))
                .withdrawnAt(utc(entry.withdrawnAt));
        if (entry.isDocument()) {
            return api.document(new AlertedDocument()
                    .type(entry.documentType != null ? DocumentType.fromValue(entry.documentType) : null)
                    .number(entry.documentNumber)
                    .issuingState(entry.documentIssuingState))
                    .documentReason(DocumentAlertReason.fromValue(entry.documentReason));
        }
        return api.person(new AlertedPerson()
                .surname(entry.surname)
                .givenNames(entry.givenNames)
                .otherNames(entry.otherNames != null ? Arrays.asList(entry.otherNames) : null)
                .dateOfBirth(entry.dateOfBirth())
                .nationality(entry.nationality)
                .sex(entry.sex != null ? Sex.fromValue(entry.sex) : null))
                .personCategory(PersonAlertCategory.fromValue(entry.personCategory));
    }

    public static AlertImport toApi(AlertImportEntity alertImport) {
        return new AlertImport()
                .id(alertImport.id)
                .listId(alertImport.listId)
                .status(ImportStatus.fromValue(alertImport.status.name()))
                .linesRead(alertImport.linesRead)
                .accepted(alertImport.accepted)
                .rejected(alertImport.rejected)
                .rejections(alertImport.rejections.lines().stream()
                        .map(rejection -> new RejectedLine().line(rejection.line()).reason(rejection.reason()))
                        .toList())
                .failure(alertImport.failure)
                .startedAt(utc(alertImport.startedAt))
                .finishedAt(utc(alertImport.finishedAt));
    }

    static Hit toApi(HitService.HitView view) {
        HitEntity hit = view.hit();
        return new Hit()
                .id(hit.id)
                .status(hit.decision == null ? HitStatus.OPEN : HitStatus.fromValue(hit.decision.name()))
                .post(hit.post)
                .crossingId(hit.crossingId)
                .manifestId(hit.manifestId)
                .manifestTravellerId(hit.manifestTravellerId)
                .listId(hit.listId)
                .listName(view.list().name)
                .entry(toApi(view.entry()))
                .score(hit.score)
                .matchedFields(hit.matchedFields.fields().stream().map(field -> new MatchedField()
                        .field(field.field())
                        .screened(field.screened())
                        .listed(field.listed())
                        .matched(field.matched())
                        .method(field.method())
                        .contribution(field.contribution())
                        .explanation(field.explanation())).toList())
                .createdAt(utc(hit.createdAt))
                .resolution(hit.isResolved()
                        ? new HitResolution()
                                .decision(HitDecision.fromValue(hit.decision.name()))
                                .reason(hit.resolutionReason)
                                .resolvedAt(utc(hit.resolvedAt))
                                .resolvedBy(hit.resolvedBy)
                                .caseId(hit.caseId)
                        : null);
    }

    /** A hit as the answer about a crossing or an advance passenger names it. */
    public static HitSummary toSummary(Hit hit) {
        return new HitSummary().id(hit.getId()).listName(hit.getListName()).score(hit.getScore());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant != null ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
