package org.juxta.immigration.manifest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.juxta.immigration.api.model.ExpectedArrival;
import org.juxta.immigration.api.model.Flight;
import org.juxta.immigration.api.model.FlightLeg;
import org.juxta.immigration.api.model.IssueSeverity;
import org.juxta.immigration.api.model.Manifest;
import org.juxta.immigration.api.model.ManifestDocument;
import org.juxta.immigration.api.model.ManifestKind;
import org.juxta.immigration.api.model.ManifestSubmission;
import org.juxta.immigration.api.model.ManifestSummary;
import org.juxta.immigration.api.model.ManifestTraveller;
import org.juxta.immigration.api.model.ScreeningOutcome;
import org.juxta.immigration.api.model.SegmentIssue;
import org.juxta.immigration.api.model.SegmentPosition;
import org.juxta.immigration.api.model.TravellerType;
import org.juxta.immigration.screening.AlertMapping;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Sex;

/** From manifests, their travellers and submissions to this API's models. */
public final class ManifestMapping {

    private ManifestMapping() {
    }

    static ManifestSubmission toApi(ManifestService.SubmissionView view) {
        return new ManifestSubmission()
                .receivedAt(view.submission().receivedAt.atOffset(ZoneOffset.UTC))
                .manifests(view.manifests().stream().map(ManifestMapping::toApi).toList())
                .issues(view.submission().issues.issues().stream().map(ManifestMapping::toApi).toList());
    }

    static ManifestSummary toApi(ManifestService.ManifestView view) {
        ManifestEntity manifest = view.manifest();
        return new ManifestSummary()
                .id(manifest.id)
                .kind(ManifestKind.fromValue(manifest.kind))
                .messageReference(manifest.messageReference)
                .transactionReference(manifest.transactionReference)
                .flight(flight(manifest))
                .scheduledArrival(local(manifest.arrivalLocal))
                .travellerCount(manifest.travellerCount)
                .receivedAt(manifest.receivedAt.atOffset(ZoneOffset.UTC))
                .supersedes(view.supersedes().isEmpty() ? null : view.supersedes())
                .supersededBy(manifest.supersededBy);
    }

    static Manifest toApi(ManifestService.ManifestDetail detail) {
        ManifestSummary summary = toApi(detail.manifest());
        return new Manifest()
                .id(summary.getId())
                .kind(summary.getKind())
                .messageReference(summary.getMessageReference())
                .transactionReference(summary.getTransactionReference())
                .flight(summary.getFlight())
                .scheduledArrival(summary.getScheduledArrival())
                .travellerCount(summary.getTravellerCount())
                .receivedAt(summary.getReceivedAt())
                .supersedes(summary.getSupersedes())
                .supersededBy(summary.getSupersededBy())
                .submittedBy(detail.manifest().manifest().submittedBy)
                .travellers(detail.travellers().stream().map(ManifestMapping::toApi).toList());
    }

    static ExpectedArrival toApi(ManifestService.ExpectedArrival arrival) {
        return new ExpectedArrival()
                .manifestId(arrival.manifest().id)
                .flight(arrival.manifest().journeyIdentifier)
                .arrivalAirport(arrival.manifest().arrivalAirport)
                .scheduledArrival(local(arrival.traveller().traveller().arrivalLocal))
                .traveller(toApi(arrival.traveller()));
    }

    private static ManifestTraveller toApi(ManifestService.TravellerView view) {
        var traveller = view.traveller();
        return new ManifestTraveller()
                .id(traveller.id)
                .type(TravellerType.fromValue(traveller.type))
                .surname(traveller.surname)
                .givenNames(traveller.givenNames)
                .dateOfBirth(traveller.dateOfBirth())
                .sex(traveller.sex != null ? Sex.fromValue(traveller.sex) : null)
                .nationality(traveller.nationality)
                .portOfEmbarkation(traveller.portOfEmbarkation)
                .portOfDebarkation(traveller.portOfDebarkation)
                .seat(traveller.seat)
                .reservationReference(traveller.reservationReference)
                .documents(traveller.documents.documents().stream()
                        .map(document -> new ManifestDocument()
                                .type(DocumentType.fromValue(document.type()))
                                .typeCode(document.typeCode())
                                .number(document.number())
                                .issuingState(document.issuingState())
                                .expiryDate(document.expiryDate() != null
                                        ? LocalDate.parse(document.expiryDate())
                                        : null))
                        .toList())
                .outcome(ScreeningOutcome.fromValue(view.outcome().name()))
                .hits(view.hits().stream().map(AlertMapping::toSummary).toList());
    }

    private static Flight flight(ManifestEntity manifest) {
        return new Flight()
                .journeyIdentifier(manifest.journeyIdentifier)
                .carrierCode(manifest.carrierCode)
                .flightNumber(manifest.flightNumber)
                .legs(manifest.legs.legs().stream().map(leg -> new FlightLeg()
                        .departureAirport(leg.departureAirport())
                        .departureTime(leg.departureTime())
                        .arrivalAirport(leg.arrivalAirport())
                        .arrivalTime(leg.arrivalTime())
                        .arrivesInState(leg.arrivesInState())).toList());
    }

    private static SegmentIssue toApi(ManifestSubmissionEntity.Issue issue) {
        return new SegmentIssue()
                .severity(IssueSeverity.fromValue(issue.severity()))
                .code(issue.code())
                .message(issue.message())
                .segment(issue.ordinal() != null
                        ? new SegmentPosition().ordinal(issue.ordinal()).line(issue.line()).column(issue.column())
                                .tag(issue.tag())
                        : null);
    }

    /** As the contract writes local times: to the minute, seconds only when there are any. */
    private static String local(LocalDateTime time) {
        return time != null ? time.toString() : null;
    }

    /** Reads a local time of the contract ({@code YYYY-MM-DDTHH:MM[:SS]}). */
    public static LocalDateTime parseLocal(String text) {
        return LocalDateTime.parse(text);
    }
}
