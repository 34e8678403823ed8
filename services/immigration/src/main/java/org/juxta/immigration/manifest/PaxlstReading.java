package org.juxta.immigration.manifest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.juxta.immigration.manifest.ManifestSubmissionEntity.Issue;
import org.juxta.paxlst.Flight;
import org.juxta.paxlst.FlightLeg;
import org.juxta.paxlst.InterchangeTooLargeException;
import org.juxta.paxlst.ManifestKind;
import org.juxta.paxlst.NotEdifactException;
import org.juxta.paxlst.PassengerManifest;
import org.juxta.paxlst.PaxlstParser;
import org.juxta.paxlst.PaxlstResult;
import org.juxta.paxlst.SegmentIssue;
import org.juxta.paxlst.SegmentReference;
import org.juxta.paxlst.Severity;
import org.juxta.paxlst.TravelDocument;
import org.juxta.paxlst.Traveller;
import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.ContentTooLargeException;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.MalformedRequestException;

/**
 * Reads a carrier's PAXLST text into manifests to store, and the report of what was rejected. Pure: the
 * service gives the records their ids, state and times.
 */
public final class PaxlstReading {

    /** A manifest, its travellers in the order sent, and the carriers its flight is said to be of. */
    public record ReadManifest(ManifestEntity manifest, List<ManifestTravellerEntity> travellers,
            Set<String> carriers) {
    }

    /** What the text held. */
    public record Read(List<ReadManifest> manifests, List<Issue> issues) {
    }

    private static final String FLIGHT_NOT_KEPT = "FLIGHT_NOT_KEPT";
    private static final String NO_FLIGHT = "NO_FLIGHT";

    private PaxlstReading() {
    }

    /**
     * @throws MalformedRequestException
     *             when the text is not EDIFACT at all (400)
     * @throws ContentTooLargeException
     *             when it holds more messages, travellers or segments than one submission may (413)
     * @throws InvalidContentException
     *             when it is, but holds nothing that can be kept as a manifest (422), naming the segments why
     */
    public static Read read(String text) {
        PaxlstResult result;
        try {
            result = new PaxlstParser().parse(text);
        } catch (NotEdifactException e) {
            throw new MalformedRequestException("The body is not a UN/EDIFACT interchange: " + e.getMessage(),
                    List.of(new FieldError("body", e.getMessage())));
        } catch (InterchangeTooLargeException e) {
            throw new ContentTooLargeException(e.getMessage());
        }
        List<FieldError> unkept = new ArrayList<>(result.issues().stream()
                .filter(issue -> issue.severity() == Severity.ERROR).map(PaxlstReading::fieldError).toList());
        List<Issue> issues = new ArrayList<>(result.issues().stream().map(PaxlstReading::issue).toList());
        List<ReadManifest> manifests = new ArrayList<>();
        for (PassengerManifest message : result.manifests()) {
            List<Flight> flights = message.flights().stream().filter(flight -> !flight.journeyIdentifier().isBlank())
                    .toList();
            if (flights.isEmpty()) {
                // Expected arrivals and replacement both key on the flight: without one the list is of no use.
                String why = "message " + message.messageReference()
                        + " names no flight (TDT with a journey identifier); it was not kept";
                issues.add(new Issue(Severity.ERROR.name(), NO_FLIGHT, "TDT: " + why, null, null, null, "TDT"));
                unkept.add(new FieldError("body", why));
                continue;
            }
            if (flights.size() < message.flights().size()) {
                issues.add(new Issue(Severity.WARNING.name(), FLIGHT_NOT_KEPT, "TDT: message "
                        + message.messageReference()
                        + " has a TDT without journey identifier besides its flights; it was not kept", null, null,
                        null, "TDT"));
            }
            // A message naming several flights (a connection reported at once) lists the same people on each.
            flights.forEach(flight -> manifests.add(manifest(message, flight)));
        }
        if (manifests.isEmpty()) {
            throw new InvalidContentException("Nothing in the EDIFACT text could be kept as a passenger manifest.",
                    unkept);
        }
        return new Read(manifests, issues);
    }

    private static ReadManifest manifest(PassengerManifest message, Flight flight) {
        ManifestEntity manifest = new ManifestEntity();
        manifest.kind = message.kind().name();
        manifest.messageReference = message.messageReference();
        manifest.transactionReference = message.transactionReference().orElse(null);
        manifest.journeyIdentifier = flight.journeyIdentifier();
        manifest.carrierCode = flight.carrierCode().orElse(null);
        manifest.flightNumber = flight.flightNumber().orElse(null);
        List<FlightLeg> legs = flight.legs();
        Optional<FlightLeg> arrival = flight.arrivalInReportingState()
                .or(() -> legs.reversed().stream().filter(leg -> leg.arrivalTime().isPresent()).findFirst());
        manifest.arrivalAirport = arrival.flatMap(FlightLeg::arrivalAirport).orElse(null);
        manifest.arrivalLocal = arrival.flatMap(FlightLeg::arrivalTime).orElse(null);
        manifest.legs = new ManifestEntity.Legs(legs.stream()
                .map(leg -> new ManifestEntity.Leg(leg.departureAirport().orElse(null),
                        leg.departureTime().map(LocalDateTime::toString).orElse(null),
                        leg.arrivalAirport().orElse(null), leg.arrivalTime().map(LocalDateTime::toString).orElse(null),
                        leg.arrivesInReportingState()))
                .toList());
        manifest.flightListKey = flightListKey(message, manifest, legs);
        manifest.travellerCount = message.travellers().size();
        List<ManifestTravellerEntity> travellers = IntStream.range(0, message.travellers().size())
                .mapToObj(index -> traveller(message.travellers().get(index), index + 1, manifest.arrivalLocal))
                .toList();
        return new ReadManifest(manifest, travellers, flight.carriersNamed());
    }

    /**
     * What a later manifest replaces: the same flight on the same day, the same list (crew lists apart from
     * passenger lists and their close-out updates) and the same part.
     */
    private static String flightListKey(PassengerManifest message, ManifestEntity manifest, List<FlightLeg> legs) {
        LocalDate day = manifest.arrivalLocal != null
                ? manifest.arrivalLocal.toLocalDate()
                : legs.stream().flatMap(leg -> leg.departureTime().stream()).map(LocalDateTime::toLocalDate)
                        .findFirst().orElse(null);
        boolean crew = message.kind() == ManifestKind.CREW_LIST || message.kind() == ManifestKind.MASTER_CREW_LIST;
        int part = message.part().filter(p -> !(p.first() && p.last()))
                .flatMap(p -> p.sequenceNumber().isPresent()
                        ? Optional.of(p.sequenceNumber().getAsInt())
                        : Optional.empty())
                .orElse(1);
        return String.join("|", manifest.journeyIdentifier, String.valueOf(day), crew ? "crew" : "passengers",
                String.valueOf(part));
    }

    private static ManifestTravellerEntity traveller(Traveller sent, int ordinal, LocalDateTime arrivalLocal) {
        ManifestTravellerEntity traveller = new ManifestTravellerEntity();
        traveller.ordinal = ordinal;
        traveller.type = sent.type().name();
        traveller.surname = sent.surname();
        traveller.givenNames = sent.givenNames().isEmpty() ? null : String.join(" ", sent.givenNames());
        sent.dateOfBirth().ifPresent(date -> {
            traveller.birthYear = date.year();
            traveller.birthMonth = date.month() != 0 ? date.month() : null;
            traveller.birthDay = date.day() != 0 ? date.day() : null;
        });
        traveller.sex = sent.sex().map(sex -> String.valueOf(sex.code())).orElse(null);
        traveller.nationality = sent.nationality().orElse(null);
        traveller.portOfEmbarkation = sent.portOfEmbarkation().orElse(null);
        traveller.portOfDebarkation = sent.portOfDebarkation().orElse(null);
        traveller.seat = sent.seat().orElse(null);
        traveller.reservationReference = sent.reservationReference().orElse(null);
        traveller.documents = new ManifestTravellerEntity.Documents(
                sent.documents().stream().map(PaxlstReading::document).toList());
        traveller.arrivalLocal = arrivalLocal;
        return traveller;
    }

    private static ManifestTravellerEntity.Document document(TravelDocument sent) {
        return new ManifestTravellerEntity.Document(sent.type().name(), sent.typeCode(), sent.number(),
                sent.issuingState().orElse(null), sent.expiryDate().map(LocalDate::toString).orElse(null));
    }

    private static Issue issue(SegmentIssue issue) {
        return new Issue(issue.severity().name(), issue.code().name(), issue.message(),
                issue.segment().map(SegmentReference::ordinal).orElse(null),
                issue.segment().map(SegmentReference::line).orElse(null),
                issue.segment().map(SegmentReference::column).orElse(null),
                issue.segment().map(SegmentReference::tag).orElse(null));
    }

    private static FieldError fieldError(SegmentIssue issue) {
        String where = issue.segment()
                .map(segment -> "segment " + segment.ordinal() + " (" + segment.tag() + ", line " + segment.line()
                        + ", column " + segment.column() + ")")
                .orElse("body");
        return new FieldError(where, issue.message());
    }
}
