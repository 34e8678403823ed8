package org.juxta.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.juxta.paxlst.EdifactDates.Century;
import org.juxta.paxlst.EdifactDates.Fields;
import org.juxta.paxlst.EdifactDates.Reading;
import org.juxta.paxlst.EdifactDates.Unreadable;
import org.juxta.vocabulary.DocumentType;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

/**
 * Maps the segments of one message, UNH to UNT, to a {@link PassengerManifest}, following the structure of the
 * WCO/IATA/ICAO PAXLST implementation guide (D02B, D05B):
 *
 * <pre>
 * UNH  BGM  RFF  DTM                       header
 *      NAD+MS  COM                         group 1: reporting party
 *      TDT  (LOC  DTM…)…                   group 2: flight, group 3: its locations
 *      NAD+FL|FM|DDU|DDT  ATT DTM LOC… NAT RFF…   group 4: a traveller
 *           (DOC  DTM  LOC)…               group 5: the traveller's documents
 *      CNT                                 control totals
 * UNT
 * </pre>
 *
 * Segments are placed by their qualifier rather than their exact position (a LOC+178 after the DOC still belongs to
 * the traveller), so messages with segments out of order lose nothing; a segment is rejected only when the group it
 * belongs to is not open.
 */
final class MessageReader {

    /** The segments of PAXLST that are not service segments, with the names messages give them. */
    private static final Map<String, String> PAXLST_SEGMENTS = Map.ofEntries(Map.entry("BGM", "beginning of message"),
            Map.entry("RFF", "reference"), Map.entry("DTM", "date/time"), Map.entry("LOC", "location"),
            Map.entry("NAD", "name and address"), Map.entry("CTA", "contact information"),
            Map.entry("COM", "communication contact"), Map.entry("TDT", "transport details"),
            Map.entry("ATT", "attribute"), Map.entry("MEA", "measurements"),
            Map.entry("GEI", "processing information"), Map.entry("FTX", "free text"),
            Map.entry("EMP", "employment details"), Map.entry("NAT", "nationality"),
            Map.entry("DOC", "document details"), Map.entry("CPI", "charge payment instructions"),
            Map.entry("QTY", "quantity"), Map.entry("CNT", "control total"));

    private static final Set<String> SUPPORTED_RELEASES = Set.of("02B", "05B");

    private static final Pattern FLIGHT_NUMBER = Pattern.compile("\\d{1,4}[A-Z]?");

    private final Segment header;
    private final Optional<Interchange> interchange;
    private final IssueCollector issues;
    private final EdifactDates dates;
    private final boolean paxlst;
    private final String reference;
    private final MessageIdentifier identifier;
    private int segmentCount = 1;

    private Segment beginning;
    private ManifestKind kind = ManifestKind.OTHER;
    private Optional<String> documentIdentifier = Optional.empty();
    private Optional<String> transactionReference = Optional.empty();
    private final List<ContactBuilder> contacts = new ArrayList<>();
    private final List<FlightBuilder> flights = new ArrayList<>();
    private final List<TravellerBuilder> travellers = new ArrayList<>();
    private ContactBuilder contact;
    private FlightBuilder flight;
    private Stop stop;
    private TravellerBuilder traveller;
    private DocumentBuilder document;
    private Segment passengerTotal;
    private Segment crewTotal;
    private final Map<String, NotUsed> notUsed = new LinkedHashMap<>();

    MessageReader(Segment header, Optional<Interchange> interchange, IssueCollector issues, EdifactDates dates) {
        this.header = header;
        this.interchange = interchange;
        this.issues = issues;
        this.dates = dates;
        this.reference = header.value(1, 1);
        this.identifier = new MessageIdentifier(header.value(2, 1), header.value(2, 2), header.value(2, 3),
                header.value(2, 4), header.value(2, 5));
        this.paxlst = identifier.type().equals("PAXLST");
        if (!paxlst) {
            issues.add(IssueCode.MESSAGE_TYPE_UNSUPPORTED, header,
                    "UNH: message type '%s' is not PAXLST; the message was skipped up to its UNT"
                            .formatted(identifier.type()));
        } else if (!identifier.version().equals("D") || !SUPPORTED_RELEASES.contains(identifier.release())) {
            issues.add(IssueCode.MESSAGE_VERSION_UNSUPPORTED, header,
                    "UNH: PAXLST directory '%s' is not D:02B or D:05B; the message was read by the same rules"
                            .formatted(identifier.directory()));
        }
    }

    /** A segment between UNH and UNT. */
    void accept(Segment segment) {
        segmentCount++;
        if (paxlst) {
            map(segment);
        }
    }

    /** Travellers begun so far (NAD groups), whether or not they will be kept. */
    int travellersRead() {
        return travellers.size();
    }

    /** A segment without a valid tag: skipped, but UNT counts it. */
    void skip() {
        segmentCount++;
    }

    /** The message ends with its UNT. */
    Optional<PassengerManifest> end(Segment trailer) {
        segmentCount++;
        String declared = trailer.value(1, 1);
        if (!declared.matches("\\d{1,9}")) {
            issues.add(IssueCode.VALUE_INVALID, trailer,
                    "UNT: the segment count '%s' is not a number; it was not checked".formatted(declared));
        } else if (Integer.parseInt(declared) != segmentCount) {
            issues.add(IssueCode.SEGMENT_COUNT_MISMATCH, trailer,
                    "UNT: the message declares %s segments, %d were read from UNH to UNT".formatted(declared,
                            segmentCount));
        }
        String trailerReference = trailer.value(2, 1);
        if (!trailerReference.equals(reference)) {
            issues.add(IssueCode.CONTROL_REFERENCE_MISMATCH, trailer,
                    "UNT: message reference '%s' differs from UNH's '%s'".formatted(trailerReference, reference));
        }
        return finish();
    }

    /** The message ends without UNT, at {@code where} (e.g. "the end of the text"). */
    Optional<PassengerManifest> endWithoutTrailer(String where) {
        issues.add(IssueCode.MESSAGE_TRAILER_MISSING, header,
                "UNH %s: the message is not closed by UNT before %s; it may be truncated, and what was read was kept"
                        .formatted(reference, where));
        return finish();
    }

    private Optional<PassengerManifest> finish() {
        if (!paxlst) {
            return Optional.empty();
        }
        closeTraveller();
        checkTotal(passengerTotal, "passengers", travellers.stream().filter(t -> t.type.isPassenger()).count());
        checkTotal(crewTotal, "crew members", travellers.stream().filter(t -> t.type.isCrew()).count());
        if (beginning == null) {
            issues.add(IssueCode.REQUIRED_SEGMENT_MISSING, header,
                    "UNH %s: the message has no BGM, so what it reports (passenger or crew list) is unknown"
                            .formatted(reference));
        }
        notUsed.values().forEach(skipped -> issues.add(skipped.code, skipped.first,
                "%s: not kept (%s); %d %s skipped in this message".formatted(skipped.first.label(), skipped.what,
                        skipped.count, skipped.count == 1 ? "segment" : "segments")));
        if (flights.isEmpty() && travellers.isEmpty()) {
            issues.add(IssueCode.REQUIRED_SEGMENT_MISSING, header,
                    "UNH %s: the message has neither a flight (TDT) nor travellers (NAD); nothing was kept"
                            .formatted(reference));
            return Optional.empty();
        }
        if (flights.isEmpty() && kind != ManifestKind.MASTER_CREW_LIST) {
            // A master crew list names a carrier's crew for any flight; every other function concerns one flight.
            issues.add(IssueCode.REQUIRED_SEGMENT_MISSING, header,
                    "UNH %s: the message has no TDT, so its travellers are tied to no flight".formatted(reference));
        }
        return Optional.of(new PassengerManifest(interchange, reference, identifier, part(), kind,
                beginning == null ? "" : beginning.value(1, 1), documentIdentifier, transactionReference,
                contacts.stream().map(ContactBuilder::build).toList(),
                flights.stream().map(this::buildFlight).toList(),
                travellers.stream().map(TravellerBuilder::build).toList()));
    }

    private Optional<MessagePart> part() {
        String commonAccessReference = header.value(3, 1);
        String sequence = header.value(4, 1);
        String firstOrLast = header.value(4, 2);
        if (commonAccessReference.isEmpty() && sequence.isEmpty() && firstOrLast.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt sequenceNumber = sequence.matches("\\d{1,9}")
                ? OptionalInt.of(Integer.parseInt(sequence))
                : OptionalInt.empty();
        return Optional.of(new MessagePart(nonEmpty(commonAccessReference), sequenceNumber, firstOrLast.equals("C"),
                firstOrLast.equals("F")));
    }

    private void map(Segment segment) {
        switch (segment.tag()) {
            case "BGM" -> beginningOfMessage(segment);
            case "RFF" -> reference(segment);
            case "DTM" -> dateTime(segment);
            case "LOC" -> location(segment);
            case "NAD" -> nameAndAddress(segment);
            case "COM" -> communication(segment);
            case "TDT" -> transport(segment);
            case "ATT" -> attribute(segment);
            case "NAT" -> nationality(segment);
            case "DOC" -> document(segment);
            case "CNT" -> controlTotal(segment);
            default -> {
                if (PAXLST_SEGMENTS.containsKey(segment.tag())) {
                    notUsed(IssueCode.SEGMENT_NOT_USED, segment, PAXLST_SEGMENTS.get(segment.tag()));
                } else {
                    issues.add(IssueCode.SEGMENT_UNKNOWN, segment,
                            "%s: not a segment of PAXLST; it was skipped".formatted(segment.tag()));
                }
            }
        }
    }

    // Header

    private void beginningOfMessage(Segment segment) {
        if (beginning != null) {
            repeated(segment, "BGM", beginning);
            return;
        }
        beginning = segment;
        String code = segment.value(1, 1);
        documentIdentifier = nonEmpty(segment.value(2, 1));
        if (code.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "BGM: no document name code, so what the message reports is unknown");
            return;
        }
        kind = ManifestKind.ofCode(code).orElse(ManifestKind.OTHER);
        if (kind == ManifestKind.OTHER) {
            issues.add(IssueCode.CODE_UNKNOWN, segment,
                    "BGM: document name code '%s' is none of the guidelines' (745 passenger list, 250 crew list, 266 flight status update, 336 master crew list, 655 gate pass request); kept as sent"
                            .formatted(code));
        }
    }

    private void reference(Segment segment) {
        String qualifier = segment.value(1, 1);
        String number = segment.value(1, 2);
        Set<String> kept = traveller == null ? Set.of("TN") : Set.of("AVF", "SEA", "ABO");
        if (!kept.contains(qualifier)) {
            notUsed(IssueCode.QUALIFIER_NOT_USED, segment,
                    "reference qualifier '%s'%s".formatted(qualifier, traveller == null ? "" : " of a traveller"));
            return;
        }
        if (number.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "%s: no reference number; the segment was skipped".formatted(segment.label()));
            return;
        }
        switch (qualifier) {
            case "TN" -> transactionReference = keepFirst(segment, "transaction reference", transactionReference,
                    number);
            case "AVF" -> traveller.reservationReference = keepFirst(segment, "reservation reference",
                    traveller.reservationReference, number);
            case "SEA" -> traveller.seat = keepFirst(segment, "seat", traveller.seat, number);
            default -> traveller.travellerReference = keepFirst(segment, "traveller reference",
                    traveller.travellerReference, number);
        }
    }

    // Dates: DTM+329 of a traveller, DTM+36 and DTM+182 of a document, DTM+189 and DTM+232 of a flight's location

    private void dateTime(Segment segment) {
        String qualifier = segment.value(1, 1);
        String value = segment.value(1, 2);
        String format = segment.value(1, 3);
        switch (qualifier) {
            case "329" -> {
                if (open(segment, traveller, "a date of birth belongs to a traveller (NAD+FL or NAD+FM)")
                        && present(segment, value, "date of birth")) {
                    whenRead(segment, "date of birth", dates.birthDate(value, format), value,
                            fields -> traveller.dateOfBirth = keepFirst(segment, "date of birth",
                                    traveller.dateOfBirth, EdifactDates.toPartialDate(fields)));
                }
            }
            case "36", "182" -> {
                boolean expiry = qualifier.equals("36");
                String what = expiry ? "expiry date" : "issue date";
                if (open(segment, document, "an " + what + " belongs to a travel document (DOC)")
                        && present(segment, value, what)) {
                    whenRead(segment, what, dates.date(value, format, expiry ? Century.NEAREST : Century.PAST),
                            value, fields -> {
                                LocalDate date = EdifactDates.toLocalDate(fields);
                                if (expiry) {
                                    document.expiryDate = keepFirst(segment, what, document.expiryDate, date);
                                } else {
                                    document.issueDate = keepFirst(segment, what, document.issueDate, date);
                                }
                            });
                }
            }
            case "189", "232" -> {
                boolean departure = qualifier.equals("189");
                String what = departure ? "departure time" : "arrival time";
                if (open(segment, stop, "a " + what + " belongs to a location of the flight (LOC after TDT)")
                        && present(segment, value, what)) {
                    whenRead(segment, what, dates.dateTime(value, format), value, fields -> {
                        LocalDateTime time = EdifactDates.toLocalDateTime(fields);
                        if (departure) {
                            stop.departure = keepFirst(segment, what, stop.departure, time);
                        } else {
                            stop.arrival = keepFirst(segment, what, stop.arrival, time);
                        }
                    });
                }
            }
            default -> notUsed(IssueCode.QUALIFIER_NOT_USED, segment,
                    "date/time qualifier '%s'".formatted(qualifier));
        }
    }

    private void whenRead(Segment segment, String what, Reading reading, String value, Consumer<Fields> keep) {
        switch (reading) {
            case Unreadable unreadable -> issues.add(IssueCode.DATE_INVALID, segment,
                    "%s: %s '%s' %s; the date was left out".formatted(segment.label(), what, value,
                            unreadable.reason()));
            case Fields fields -> {
                fields.readAs().ifPresent(layout -> issues.add(IssueCode.DATE_FORMAT_MISMATCH, segment,
                        "%s: %s '%s' does not have the length of format '%s'; it was read as %s".formatted(
                                segment.label(), what, value, segment.value(1, 3), layout.name())));
                keep.accept(fields);
            }
        }
    }

    // Locations: LOC+125/87/92/130 of a flight, LOC+178/179/174/180 of a traveller, LOC+91 of a document

    private void location(Segment segment) {
        String qualifier = segment.value(1, 1);
        String code = segment.value(2, 1);
        switch (qualifier) {
            case "125", "87", "92", "130" -> {
                if (open(segment, traveller == null ? flight : null,
                        "a flight's location belongs to a TDT before the first traveller")
                        && present(segment, code, "location code")) {
                    stop = new Stop(segment, qualifier, code);
                    flight.stops.add(stop);
                }
            }
            case "178", "179", "174" -> {
                if (open(segment, traveller, "this location belongs to a traveller (NAD+FL or NAD+FM)")
                        && present(segment, code, "location code")) {
                    switch (qualifier) {
                        case "178" -> traveller.portOfEmbarkation = keepFirst(segment, "port of embarkation",
                                traveller.portOfEmbarkation, code);
                        case "179" -> traveller.portOfDebarkation = keepFirst(segment, "port of debarkation",
                                traveller.portOfDebarkation, code);
                        default -> traveller.countryOfResidence = keepFirst(segment, "country of residence",
                                traveller.countryOfResidence, code);
                    }
                }
            }
            case "180" -> {
                String name = segment.value(2, 4);
                if (open(segment, traveller, "a place of birth belongs to a traveller (NAD+FL or NAD+FM)")
                        && present(segment, code + name, "place of birth")) {
                    traveller.placeOfBirth = keepFirst(segment, "place of birth", traveller.placeOfBirth,
                            new Place(nonEmpty(code), nonEmpty(name)));
                }
            }
            case "91" -> {
                if (open(segment, document, "a place of issue belongs to a travel document (DOC)")
                        && present(segment, code, "issuing state")) {
                    document.issuingState = keepFirst(segment, "issuing state", document.issuingState, code);
                }
            }
            default -> notUsed(IssueCode.QUALIFIER_NOT_USED, segment,
                    "location qualifier '%s'".formatted(qualifier));
        }
    }

    // Parties: NAD+MS in group 1, travellers in group 4

    private void nameAndAddress(Segment segment) {
        String qualifier = segment.value(1, 1);
        if (qualifier.equals("MS")) {
            closeTraveller();
            String name = String.join(" ", values(segment, 4).isEmpty() ? values(segment, 3) : values(segment, 4));
            contact = new ContactBuilder(name);
            contacts.add(contact);
            return;
        }
        Optional<TravellerType> type = TravellerType.ofCode(qualifier);
        if (type.isEmpty() && flight == null && traveller == null) {
            notUsed(IssueCode.QUALIFIER_NOT_USED, segment, "party qualifier '%s'".formatted(qualifier));
            return;
        }
        if (type.isEmpty()) {
            issues.add(IssueCode.CODE_UNKNOWN, segment,
                    "%s: party qualifier '%s' is none of FL, FM, DDU, DDT; the person was kept as a traveller of unspecified type"
                            .formatted(segment.label(), qualifier));
        }
        closeTraveller();
        contact = null;
        stop = null;
        traveller = new TravellerBuilder(segment, type.orElse(TravellerType.UNSPECIFIED));
        travellers.add(traveller);
        if (traveller.surname.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "%s: no surname (first component of the party name); the traveller was kept without one"
                            .formatted(segment.label()));
        }
    }

    private void communication(Segment segment) {
        if (contact != null) {
            IntStream.rangeClosed(1, segment.elementCount()).filter(e -> !segment.value(e, 1).isEmpty())
                    .mapToObj(e -> new Contact.ContactNumber(segment.value(e, 1), segment.value(e, 2)))
                    .forEach(contact.numbers::add);
        } else if (traveller != null) {
            notUsed(IssueCode.SEGMENT_NOT_USED, segment, "a traveller's communication contact");
        } else {
            open(segment, null, "a communication contact belongs to the reporting party (NAD+MS)");
        }
    }

    // Flight: TDT

    private void transport(Segment segment) {
        closeTraveller();
        contact = null;
        stop = null;
        String journey = segment.value(2, 1);
        if (journey.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "%s: no flight number (means of transport journey identifier); the flight was kept without one"
                            .formatted(segment.label()));
        }
        flight = new FlightBuilder(journey, segment.value(5, 1), segment.value(1, 1).equals("34"));
        flights.add(flight);
    }

    // Traveller details: ATT+2, NAT+2, DOC

    private void attribute(Segment segment) {
        if (!segment.value(1, 1).equals("2")) {
            notUsed(IssueCode.QUALIFIER_NOT_USED, segment,
                    "attribute qualifier '%s'".formatted(segment.value(1, 1)));
            return;
        }
        // ATT+2++M: the code is in C956 (third element); some carriers put it in the second.
        String code = segment.value(3, 1).isEmpty() ? segment.value(2, 1) : segment.value(3, 1);
        if (!open(segment, traveller, "a sex belongs to a traveller (NAD+FL or NAD+FM)")
                || !present(segment, code, "sex")) {
            return;
        }
        Optional<Sex> sex = switch (code) {
            case "M" -> Optional.of(Sex.MALE);
            case "F" -> Optional.of(Sex.FEMALE);
            case "U", "X" -> Optional.of(Sex.UNSPECIFIED);
            default -> Optional.empty();
        };
        if (sex.isEmpty()) {
            issues.add(IssueCode.VALUE_INVALID, segment,
                    "ATT+2: sex '%s' is not M, F, U or X; it was left out".formatted(code));
            return;
        }
        traveller.sex = keepFirst(segment, "sex", traveller.sex, sex.get());
    }

    private void nationality(Segment segment) {
        if (!segment.value(1, 1).equals("2")) {
            notUsed(IssueCode.QUALIFIER_NOT_USED, segment,
                    "nationality qualifier '%s'".formatted(segment.value(1, 1)));
            return;
        }
        String code = segment.value(2, 1);
        if (open(segment, traveller, "a nationality belongs to a traveller (NAD+FL or NAD+FM)")
                && present(segment, code, "nationality")) {
            traveller.nationality = keepFirst(segment, "nationality", traveller.nationality, code);
        }
    }

    private void document(Segment segment) {
        if (!open(segment, traveller, "a travel document belongs to a traveller (NAD+FL or NAD+FM)")) {
            return;
        }
        traveller.documentSegments++;
        String typeCode = segment.value(1, 1);
        String number = segment.value(2, 1);
        if (number.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "%s: no document number; the document was left out".formatted(segment.label()));
            // The DTM and LOC that follow describe this rejected document: absorb them rather than report each.
            document = new DocumentBuilder(DocumentType.OTHER, typeCode, number);
            return;
        }
        DocumentType type = DocumentNameCodes.typeOf(typeCode);
        if (typeCode.isEmpty()) {
            issues.add(IssueCode.CODE_UNKNOWN, segment,
                    "DOC: no document type; the document was kept with type OTHER");
        } else if (!DocumentNameCodes.GUIDELINES.contains(typeCode)) {
            issues.add(IssueCode.CODE_UNKNOWN, segment,
                    "%s: document type '%s' is none of the guidelines' (P, V, I, IP, A, C, AC, F); kept as sent"
                            .formatted(segment.label(), typeCode));
        }
        document = new DocumentBuilder(type, typeCode, number);
        traveller.documents.add(document);
    }

    // Control totals: CNT+42 passengers, CNT+41 crew members

    private void controlTotal(Segment segment) {
        closeTraveller();
        String qualifier = segment.value(1, 1);
        String value = segment.value(1, 2);
        if (!qualifier.equals("42") && !qualifier.equals("41")) {
            notUsed(IssueCode.QUALIFIER_NOT_USED, segment, "control total qualifier '%s'".formatted(qualifier));
        } else if (!value.matches("\\d{1,9}")) {
            issues.add(IssueCode.VALUE_INVALID, segment,
                    "%s: total '%s' is not a number; it was not checked".formatted(segment.label(), value));
        } else if (qualifier.equals("42")) {
            passengerTotal = passengerTotal == null ? segment : repeated(segment, "passenger total", passengerTotal);
        } else {
            crewTotal = crewTotal == null ? segment : repeated(segment, "crew total", crewTotal);
        }
    }

    private void checkTotal(Segment total, String what, long read) {
        if (total != null && Integer.parseInt(total.value(1, 2)) != read) {
            issues.add(IssueCode.TRAVELLER_COUNT_MISMATCH, total, "%s: the message declares %s %s, %d were read"
                    .formatted(total.label(), total.value(1, 2), what, read));
        }
    }

    private void closeTraveller() {
        if (traveller != null && traveller.documentSegments == 0) {
            issues.add(IssueCode.TRAVEL_DOCUMENT_MISSING, traveller.segment,
                    "%s: the traveller has no travel document (DOC)".formatted(traveller.segment.label()));
        }
        traveller = null;
        document = null;
    }

    // Legs: consecutive locations of a flight

    /**
     * A leg joins a location a flight leaves from (LOC+125 departure, LOC+87 arrival it continues from, LOC+92 next
     * airport) to the next location it reaches (LOC+87, LOC+92, LOC+130 final destination). A location in no leg
     * becomes a leg on its own, reported as incomplete.
     */
    private Flight buildFlight(FlightBuilder builder) {
        List<FlightLeg> legs = new ArrayList<>();
        List<Stop> stops = builder.stops;
        int lastArrival = -1;
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).isArrival()) {
                lastArrival = i;
            }
        }
        for (int i = 0; i < stops.size(); i++) {
            Stop current = stops.get(i);
            boolean endsLeg = i > 0 && stops.get(i - 1).canStartLeg() && current.canEndLeg();
            boolean startsLeg = i + 1 < stops.size() && current.canStartLeg() && stops.get(i + 1).canEndLeg();
            if (endsLeg) {
                Stop previous = stops.get(i - 1);
                legs.add(new FlightLeg(Optional.of(previous.code), previous.departure, Optional.of(current.code),
                        current.arrival, i == lastArrival));
            } else if (!startsLeg && current.isDeparture()) {
                issues.add(IssueCode.LEG_INCOMPLETE, current.segment,
                        "%s: the departure from %s is followed by no arrival (LOC+87); the leg was kept without one"
                                .formatted(current.segment.label(), current.code));
                legs.add(new FlightLeg(Optional.of(current.code), current.departure, Optional.empty(),
                        Optional.empty(), false));
            } else if (!startsLeg) {
                issues.add(IssueCode.LEG_INCOMPLETE, current.segment,
                        "%s: the arrival at %s follows no departure (LOC+125); the leg was kept without one"
                                .formatted(current.segment.label(), current.code));
                legs.add(new FlightLeg(Optional.empty(), Optional.empty(), Optional.of(current.code),
                        current.arrival, i == lastArrival));
            }
        }
        Optional<String> carrier = nonEmpty(builder.carrier);
        String journey = builder.journey.replace(" ", "");
        Matcher designated = Flight.JOURNEY.matcher(journey);
        Optional<String> number;
        if (carrier.isPresent() && journey.startsWith(carrier.get()) && journey.length() > carrier.get().length()) {
            number = Optional.of(journey.substring(carrier.get().length()));
        } else if (FLIGHT_NUMBER.matcher(journey).matches()) {
            number = Optional.of(journey);
        } else if (designated.matches()) {
            carrier = carrier.or(() -> Optional.of(designated.group(1)));
            number = Optional.of(designated.group(2));
        } else {
            number = nonEmpty(journey);
        }
        return new Flight(builder.journey, carrier, number, builder.overflight, legs);
    }

    // Helpers

    /** Whether the group a segment belongs to is open; reports it when it is not. */
    private boolean open(Segment segment, Object group, String why) {
        if (group == null) {
            issues.add(IssueCode.SEGMENT_OUT_OF_PLACE, segment,
                    "%s: %s, and none is open here; the segment was skipped".formatted(segment.label(), why));
        }
        return group != null;
    }

    private boolean present(Segment segment, String value, String what) {
        if (value.isEmpty()) {
            issues.add(IssueCode.REQUIRED_VALUE_MISSING, segment,
                    "%s: no %s; the segment was skipped".formatted(segment.label(), what));
        }
        return !value.isEmpty();
    }

    private <T> Optional<T> keepFirst(Segment segment, String what, Optional<T> kept, T value) {
        if (kept.isPresent()) {
            issues.add(IssueCode.VALUE_REPEATED, segment,
                    "%s: a second %s; the first (%s) was kept".formatted(segment.label(), what, kept.get()));
            return kept;
        }
        return Optional.of(value);
    }

    private Segment repeated(Segment segment, String what, Segment first) {
        issues.add(IssueCode.VALUE_REPEATED, segment, "%s: a second %s; the first (segment %d) was kept"
                .formatted(segment.label(), what, first.ordinal()));
        return first;
    }

    private void notUsed(IssueCode code, Segment segment, String what) {
        notUsed.computeIfAbsent(code + " " + segment.label(), key -> new NotUsed(code, segment, what)).count++;
    }

    private static List<String> values(Segment segment, int element) {
        return IntStream
                .rangeClosed(1, segment.elements().size() > element ? segment.elements().get(element).size() : 0)
                .mapToObj(c -> segment.value(element, c)).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static final class NotUsed {

        final IssueCode code;
        final Segment first;
        final String what;
        int count;

        NotUsed(IssueCode code, Segment first, String what) {
            this.code = code;
            this.first = first;
            this.what = what;
        }
    }

    private static final class ContactBuilder {

        final String name;
        final List<Contact.ContactNumber> numbers = new ArrayList<>();

        ContactBuilder(String name) {
            this.name = name;
        }

        Contact build() {
            return new Contact(name, numbers);
        }
    }

    private static final class FlightBuilder {

        final String journey;
        final String carrier;
        final boolean overflight;
        final List<Stop> stops = new ArrayList<>();

        FlightBuilder(String journey, String carrier, boolean overflight) {
            this.journey = journey;
            this.carrier = carrier;
            this.overflight = overflight;
        }
    }

    private static final class Stop {

        final Segment segment;
        final String qualifier;
        final String code;
        Optional<LocalDateTime> departure = Optional.empty();
        Optional<LocalDateTime> arrival = Optional.empty();

        Stop(Segment segment, String qualifier, String code) {
            this.segment = segment;
            this.qualifier = qualifier;
            this.code = code;
        }

        boolean isDeparture() {
            return qualifier.equals("125");
        }

        boolean isArrival() {
            return qualifier.equals("87");
        }

        boolean canStartLeg() {
            return !qualifier.equals("130");
        }

        boolean canEndLeg() {
            return !isDeparture();
        }
    }

    private static final class TravellerBuilder {

        final Segment segment;
        final TravellerType type;
        final String surname;
        final List<String> givenNames;
        final Optional<Address> address;
        Optional<Sex> sex = Optional.empty();
        Optional<PartialDate> dateOfBirth = Optional.empty();
        Optional<Place> placeOfBirth = Optional.empty();
        Optional<String> nationality = Optional.empty();
        Optional<String> countryOfResidence = Optional.empty();
        Optional<String> portOfEmbarkation = Optional.empty();
        Optional<String> portOfDebarkation = Optional.empty();
        Optional<String> reservationReference = Optional.empty();
        Optional<String> seat = Optional.empty();
        Optional<String> travellerReference = Optional.empty();
        final List<DocumentBuilder> documents = new ArrayList<>();
        int documentSegments;

        /** NAD: 3035 qualifier, C082, C058, C080 party name, C059 street, 3164 city, C819, 3251, 3207. */
        TravellerBuilder(Segment nad, TravellerType type) {
            this.segment = nad;
            this.type = type;
            this.surname = nad.value(4, 1);
            this.givenNames = IntStream.rangeClosed(2, 5).mapToObj(c -> nad.value(4, c)).filter(v -> !v.isEmpty())
                    .toList();
            Address candidate = new Address(nonEmpty(String.join(" ", values(nad, 5))), nonEmpty(nad.value(6, 1)),
                    nonEmpty(nad.value(7, 1)), nonEmpty(nad.value(8, 1)), nonEmpty(nad.value(9, 1)));
            this.address = candidate.equals(new Address(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty())) ? Optional.empty() : Optional.of(candidate);
        }

        Traveller build() {
            return new Traveller(type, surname, givenNames, sex, dateOfBirth, placeOfBirth, nationality,
                    countryOfResidence, portOfEmbarkation, portOfDebarkation, address, reservationReference, seat,
                    travellerReference, documents.stream().map(DocumentBuilder::build).toList());
        }
    }

    private static final class DocumentBuilder {

        final DocumentType type;
        final String typeCode;
        final String number;
        Optional<LocalDate> expiryDate = Optional.empty();
        Optional<LocalDate> issueDate = Optional.empty();
        Optional<String> issuingState = Optional.empty();

        DocumentBuilder(DocumentType type, String typeCode, String number) {
            this.type = type;
            this.typeCode = typeCode;
            this.number = number;
        }

        TravelDocument build() {
            return new TravelDocument(type, typeCode, number, expiryDate, issueDate, issuingState);
        }
    }
}
