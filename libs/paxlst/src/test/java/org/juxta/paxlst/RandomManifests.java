package org.juxta.paxlst;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.juxta.testing.SeededRandom;
import org.juxta.vocabulary.PartialDate;
import org.juxta.vocabulary.Sex;

/**
 * Manifests as the parser reads them back: values trimmed and non-empty, codes from the guidelines, dates with
 * four-digit years, at least one document per traveller — so that writing and reading one gives it back unchanged.
 */
final class RandomManifests {

    /** Characters that may serve as separators in a UNA; values contain them too, released. */
    static final String SERVICE_CHARACTER_POOL = "'+:?*|~!#&^@%=";

    private static final String VALUE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/.,ÄÖÜÉЖӨ"
            + SERVICE_CHARACTER_POOL;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final LocalDate TODAY = LocalDate.now(Samples.TODAY);

    // Not OTHER or UNSPECIFIED: they stand for codes the guidelines do not define and have none to write.
    private static final List<ManifestKind> KINDS = Stream.of(ManifestKind.values())
            .filter(kind -> kind != ManifestKind.OTHER).toList();
    private static final List<TravellerType> TRAVELLER_TYPES = Stream.of(TravellerType.values())
            .filter(type -> type != TravellerType.UNSPECIFIED).toList();

    private RandomManifests() {
    }

    /** Five distinct characters for UNA; the repetition separator is often the customary space. */
    static PaxlstWriter.Separators separators(SeededRandom random) {
        String chars = random.distinctCharacters(SERVICE_CHARACTER_POOL, 5);
        char repetition = random.nextBoolean() ? ' ' : chars.charAt(3);
        return new PaxlstWriter.Separators(chars.charAt(0), chars.charAt(1), chars.charAt(2), repetition,
                chars.charAt(4));
    }

    static PaxlstWriter.Layout layout(SeededRandom random) {
        return random.oneOf(PaxlstWriter.Layout.class);
    }

    static PassengerManifest manifest(SeededRandom random) {
        Interchange interchange = interchange(random);
        String reference = text(random);
        MessageIdentifier identifier = new MessageIdentifier("PAXLST", "D", random.oneOf("02B", "05B"), "UN",
                random.oneOf("IATA", ""));
        Optional<MessagePart> part = random.optional(() -> part(random));
        ManifestKind kind = random.oneOf(KINDS);
        Optional<String> documentIdentifier = random.optional(() -> text(random));
        Optional<String> transactionReference = random.optional(() -> text(random));
        List<Contact> contacts = random.list(0, 2, () -> contact(random));
        List<Flight> flights = random.list(1, 2, () -> flight(random));
        List<Traveller> travellers = random.list(0, 4, () -> traveller(random));
        return new PassengerManifest(Optional.of(interchange), reference, identifier, part, kind, kind.code(),
                documentIdentifier, transactionReference, contacts, flights, travellers);
    }

    private static Interchange interchange(SeededRandom random) {
        return new Interchange(random.oneOf("UNOA", "UNOB", "UNOC", "UNOY"), random.oneOf("3", "4"), text(random),
                text(random), Optional.of(dateTime(random)), text(random));
    }

    /** A part that says something: a reference, a sequence number, or first or last. */
    private static MessagePart part(SeededRandom random) {
        MessagePart part;
        do {
            Optional<String> reference = random.optional(() -> text(random));
            Optional<Integer> sequence = random.optional(() -> random.between(1, 99));
            int status = random.between(0, 2);
            part = new MessagePart(reference, sequence.map(OptionalInt::of).orElse(OptionalInt.empty()), status == 1,
                    status == 2);
        } while (part.commonAccessReference().isEmpty() && part.sequenceNumber().isEmpty() && !part.first()
                && !part.last());
        return part;
    }

    private static Contact contact(SeededRandom random) {
        return new Contact(text(random), random.list(0, 2,
                () -> new Contact.ContactNumber(text(random), random.oneOf("TE", "FX", "EM"))));
    }

    private static Flight flight(SeededRandom random) {
        String carrier = random.string(LETTERS, 2, 2);
        String number = random.string("0123456789", 1, 4);
        boolean overflight = random.nextBoolean();
        int legCount = random.between(0, 3);
        // The writer qualifies every arrival LOC+87, so the last leg is the one into the reporting state.
        List<FlightLeg> legs = IntStream.range(0, legCount).mapToObj(leg -> new FlightLeg(Optional.of(code(random)),
                Optional.of(dateTime(random)), Optional.of(code(random)), Optional.of(dateTime(random)),
                leg == legCount - 1)).toList();
        return new Flight(carrier + number, Optional.of(carrier), Optional.of(number), overflight, legs);
    }

    private static Traveller traveller(SeededRandom random) {
        TravellerType type = random.oneOf(TRAVELLER_TYPES);
        String surname = text(random);
        List<String> givenNames = random.list(0, 4, () -> text(random));
        Optional<Sex> sex = random.optional(() -> random.oneOf(Sex.class));
        Optional<PartialDate> dateOfBirth = random.optional(() -> dateOfBirth(random));
        Optional<Place> placeOfBirth = random.optional(() -> place(random));
        Optional<String> nationality = random.optional(() -> code(random));
        Optional<String> residence = random.optional(() -> code(random));
        Optional<String> embarkation = random.optional(() -> code(random));
        Optional<String> debarkation = random.optional(() -> code(random));
        Optional<Address> address = random.optional(() -> address(random));
        Optional<String> reservation = random.optional(() -> text(random));
        Optional<String> seat = random.optional(() -> text(random));
        Optional<String> travellerReference = random.optional(() -> text(random));
        List<TravelDocument> documents = random.list(1, 2, () -> document(random));
        return new Traveller(type, surname, givenNames, sex, dateOfBirth, placeOfBirth, nationality, residence,
                embarkation, debarkation, address, reservation, seat, travellerReference, documents);
    }

    /** A place with a code, a name or both. */
    private static Place place(SeededRandom random) {
        Place place;
        do {
            place = new Place(random.optional(() -> code(random)), random.optional(() -> text(random)));
        } while (place.code().isEmpty() && place.name().isEmpty());
        return place;
    }

    /** An address with at least one part. */
    private static Address address(SeededRandom random) {
        Address address;
        do {
            address = new Address(random.optional(() -> text(random)), random.optional(() -> text(random)),
                    random.optional(() -> text(random)), random.optional(() -> text(random)),
                    random.optional(() -> code(random)));
        } while (Stream.of(address.street(), address.city(), address.countrySubdivision(), address.postalCode(),
                address.country()).allMatch(Optional::isEmpty));
        return address;
    }

    private static TravelDocument document(SeededRandom random) {
        String typeCode = random.oneOf(DocumentNameCodes.GUIDELINES);
        String number = text(random);
        Optional<LocalDate> expiry = random
                .optional(() -> random.day(LocalDate.of(2000, 1, 1), LocalDate.of(2045, 12, 31)));
        Optional<LocalDate> issue = random.optional(() -> random.day(LocalDate.of(1990, 1, 1), TODAY));
        Optional<String> issuingState = random.optional(() -> code(random));
        return new TravelDocument(DocumentNameCodes.typeOf(typeCode), typeCode, number, expiry, issue, issuingState);
    }

    /** A full date of birth, or only its year and month, or only its year. */
    private static PartialDate dateOfBirth(SeededRandom random) {
        LocalDate date = random.day(LocalDate.of(1920, 1, 1), TODAY);
        return switch (random.between(0, 2)) {
            case 0 -> PartialDate.of(date);
            case 1 -> PartialDate.of(date.getYear(), date.getMonthValue());
            default -> PartialDate.of(date.getYear());
        };
    }

    private static LocalDateTime dateTime(SeededRandom random) {
        return random.day(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)).atTime(random.between(0, 23),
                random.between(0, 59));
    }

    /** A value as a carrier might send it, separators and release characters included. */
    private static String text(SeededRandom random) {
        String value;
        do {
            value = random.string(VALUE_CHARACTERS, 1, 14);
        } while (!value.strip().equals(value));
        return value;
    }

    private static String code(SeededRandom random) {
        return random.string(LETTERS, 3, 3);
    }
}
