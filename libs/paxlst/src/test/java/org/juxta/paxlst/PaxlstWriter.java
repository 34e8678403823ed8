package org.juxta.paxlst;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a {@link PassengerManifest} as a PAXLST interchange, for round-trip tests: any service characters, any of
 * the layouts carriers use. Only what the parser reads back is written.
 */
final class PaxlstWriter {

    /** How segments are laid out in the text. */
    enum Layout {
        ONE_LINE, SEGMENT_PER_LINE, CRLF_INDENTED, WRAPPED_AT_80
    }

    /** UNA's characters; the decimal mark is always '.', which PAXLST never needs. */
    record Separators(char component, char element, char release, char repetition, char terminator) {

        static final Separators DEFAULT = new Separators(':', '+', '?', ' ', '\'');

        String advice() {
            return "UNA" + component + element + '.' + release + repetition + terminator;
        }

        boolean mustBeReleased(char c) {
            return c == component || c == element || c == release || c == terminator;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final Separators separators;
    private final List<String> segments = new ArrayList<>();

    private PaxlstWriter(Separators separators) {
        this.separators = separators;
    }

    static String write(PassengerManifest manifest, Separators separators, Layout layout) {
        PaxlstWriter writer = new PaxlstWriter(separators);
        writer.interchange(manifest);
        return layout(separators, writer.segments, layout);
    }

    /** Segments written with the given separators, each with its terminator, laid out after UNA. */
    static String layout(Separators separators, List<String> segments, Layout layout) {
        String terminator = String.valueOf(separators.terminator());
        String body = switch (layout) {
            case ONE_LINE, WRAPPED_AT_80 -> segments.stream().map(s -> s + terminator).collect(Collectors.joining());
            case SEGMENT_PER_LINE -> segments.stream().map(s -> s + terminator + "\n").collect(Collectors.joining());
            case CRLF_INDENTED -> segments.stream().map(s -> "  " + s + terminator + "\r\n")
                    .collect(Collectors.joining());
        };
        String text = separators.advice() + body;
        if (layout != Layout.WRAPPED_AT_80) {
            return text;
        }
        StringBuilder wrapped = new StringBuilder();
        for (int start = 0; start < text.length(); start += 80) {
            wrapped.append(text, start, Math.min(text.length(), start + 80)).append('\n');
        }
        return wrapped.toString();
    }

    /** One segment: its tag, then data elements given as lists of components. */
    String segment(String tag, List<List<String>> elements) {
        List<String> written = new ArrayList<>(elements.stream().map(this::element).toList());
        while (!written.isEmpty() && written.getLast().isEmpty()) {
            written.removeLast();
        }
        return Stream.concat(Stream.of(tag), written.stream())
                .collect(Collectors.joining(String.valueOf(separators.element())));
    }

    static PaxlstWriter with(Separators separators) {
        return new PaxlstWriter(separators);
    }

    private void interchange(PassengerManifest manifest) {
        Interchange interchange = manifest.interchange().orElseThrow();
        add("UNB", e(interchange.syntaxIdentifier(), interchange.syntaxVersion()), e(interchange.sender()),
                e(interchange.recipient()),
                e(interchange.preparedAt().orElseThrow().format(DATE), interchange.preparedAt().get().format(TIME)),
                e(interchange.controlReference()));
        int unh = segments.size();
        message(manifest);
        add("UNT", e(String.valueOf(segments.size() - unh + 1)), e(manifest.messageReference()));
        add("UNZ", e("1"), e(interchange.controlReference()));
    }

    private void message(PassengerManifest manifest) {
        MessageIdentifier id = manifest.messageIdentifier();
        List<String> type = e(id.type(), id.version(), id.release(), id.controllingAgency(), id.associationCode());
        Optional<MessagePart> part = manifest.part();
        add("UNH", e(manifest.messageReference()), type,
                e(part.flatMap(MessagePart::commonAccessReference).orElse("")),
                e(part.flatMap(p -> p.sequenceNumber().isPresent()
                        ? Optional.of("%02d".formatted(p.sequenceNumber().getAsInt()))
                        : Optional.empty()).orElse(""),
                        part.map(p -> p.first() ? "C" : p.last() ? "F" : "").orElse("")));
        add("BGM", e(manifest.documentNameCode()), e(manifest.documentIdentifier().orElse("")));
        manifest.transactionReference().ifPresent(reference -> add("RFF", e("TN", reference)));
        for (Contact contact : manifest.contacts()) {
            add("NAD", e("MS"), e(), e(), e(contact.name()));
            if (!contact.numbers().isEmpty()) {
                add("COM", contact.numbers().stream().map(n -> e(n.number(), n.channel())).toList());
            }
        }
        for (Flight flight : manifest.flights()) {
            add("TDT", e(flight.overflight() ? "34" : "20"), e(flight.journeyIdentifier()), e(), e(),
                    e(flight.carrierCode().orElse("")));
            for (FlightLeg leg : flight.legs()) {
                add("LOC", e("125"), e(leg.departureAirport().orElseThrow()));
                add("DTM", e("189", leg.departureTime().orElseThrow().format(DATE_TIME), "203"));
                add("LOC", e("87"), e(leg.arrivalAirport().orElseThrow()));
                add("DTM", e("232", leg.arrivalTime().orElseThrow().format(DATE_TIME), "203"));
            }
        }
        manifest.travellers().forEach(this::traveller);
        add("CNT", e("42", String.valueOf(manifest.travellers().stream().filter(t -> t.type().isPassenger()).count())));
        add("CNT", e("41", String.valueOf(manifest.travellers().stream().filter(t -> t.type().isCrew()).count())));
    }

    private void traveller(Traveller traveller) {
        List<String> name = new ArrayList<>(List.of(traveller.surname()));
        name.addAll(traveller.givenNames());
        Optional<Address> address = traveller.address();
        add("NAD", e(traveller.type().code()), e(), e(), name,
                e(address.flatMap(Address::street).orElse("")), e(address.flatMap(Address::city).orElse("")),
                e(address.flatMap(Address::countrySubdivision).orElse("")),
                e(address.flatMap(Address::postalCode).orElse("")), e(address.flatMap(Address::country).orElse("")));
        traveller.sex().ifPresent(sex -> add("ATT", e("2"), e(), e(switch (sex) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNSPECIFIED -> "X";
        })));
        traveller.dateOfBirth().ifPresent(date -> add("DTM", switch (date.toString().length()) {
            case 4 -> e("329", date.toString(), "602");
            case 7 -> e("329", date.toString().replace("-", ""), "610");
            default -> e("329", date.toString().replace("-", ""), "102");
        }));
        traveller.placeOfBirth().ifPresent(place -> add("LOC", e("180"),
                e(place.code().orElse(""), "", "", place.name().orElse(""))));
        traveller.portOfEmbarkation().ifPresent(code -> add("LOC", e("178"), e(code)));
        traveller.portOfDebarkation().ifPresent(code -> add("LOC", e("179"), e(code)));
        traveller.countryOfResidence().ifPresent(code -> add("LOC", e("174"), e(code)));
        traveller.nationality().ifPresent(code -> add("NAT", e("2"), e(code)));
        traveller.reservationReference().ifPresent(reference -> add("RFF", e("AVF", reference)));
        traveller.seat().ifPresent(seat -> add("RFF", e("SEA", seat)));
        traveller.travellerReference().ifPresent(reference -> add("RFF", e("ABO", reference)));
        for (TravelDocument document : traveller.documents()) {
            add("DOC", e(document.typeCode(), "110", "111"), e(document.number()));
            document.expiryDate().ifPresent(date -> add("DTM", e("36", date.format(DATE), "102")));
            document.issueDate().ifPresent(date -> add("DTM", e("182", date.format(DATE), "102")));
            document.issuingState().ifPresent(code -> add("LOC", e("91"), e(code)));
        }
    }

    @SafeVarargs
    private void add(String tag, List<String>... elements) {
        add(tag, Arrays.asList(elements));
    }

    private void add(String tag, List<List<String>> elements) {
        segments.add(segment(tag, elements));
    }

    private static List<String> e(String... components) {
        return List.of(components);
    }

    private String element(List<String> components) {
        List<String> written = new ArrayList<>(components.stream().map(this::released).toList());
        while (!written.isEmpty() && written.getLast().isEmpty()) {
            written.removeLast();
        }
        return String.join(String.valueOf(separators.component()), written);
    }

    private String released(String value) {
        StringBuilder text = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (separators.mustBeReleased(c)) {
                text.append(separators.release());
            }
            text.append(c);
        }
        return text.toString();
    }
}
