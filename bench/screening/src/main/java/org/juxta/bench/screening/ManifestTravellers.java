package org.juxta.bench.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.juxta.bench.screening.Population.Person;
import org.juxta.bench.screening.Population.Writing;
import org.juxta.names.AlertEntry;
import org.juxta.names.PersonName;
import org.juxta.testing.PaxlstMessages;

/**
 * The persons of the manifest benchmark: the alert list as a supervisor imports it (CSV, the synthetic population of
 * the screening benchmark, names in their own scripts or in Latin letters as lists write them) and the travellers of
 * PAXLST manifests as carriers send them (names in upper-case Latin letters from the passport, full date of birth,
 * nationality, passport number). Person {@code i} of the list depends only on the seed and {@code i}, so a list
 * imported once serves every later run.
 */
final class ManifestTravellers {

    /** A traveller of a manifest; {@code listedOrdinal} is the person's place on the list, or -1. */
    record Traveller(String surname, String givenNames, String dateOfBirth, String nationality, String passport,
            int listedOrdinal) {

        boolean listed() {
            return listedOrdinal >= 0;
        }
    }

    private static final String[] CATEGORIES = {"REFUSAL_OF_ENTRY", "REFUSAL_OF_ENTRY", "DISCREET_CHECK", "ARREST",
            "MISSING_PERSON"};

    private final Population population = new Population();
    private final long seed;

    ManifestTravellers(long seed) {
        this.seed = seed;
    }

    private Person listedPerson(int ordinal) {
        return population.person(ordinal, new SplittableRandom(seed * 1_000_003L + ordinal));
    }

    /** The list as CSV with the import's person columns, one person a line. */
    void writeList(Path file, int persons) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("surname,givenNames,otherNames,dateOfBirth,nationality,category,reference\n");
            for (int i = 0; i < persons; i++) {
                AlertEntry entry = population.entry(listedPerson(i));
                PersonName first = entry.names().getFirst();
                List<String> others = entry.names().stream().skip(1).map(ManifestTravellers::oneLine).toList();
                String surname = first.fullName() != null ? first.fullName() : first.surname();
                String given = first.fullName() != null ? "" : first.givenNames();
                out.write(String.join(",", csv(surname), csv(given), csv(String.join("|", others)),
                        entry.dateOfBirth() != null ? entry.dateOfBirth().toString() : "",
                        entry.nationality() != null ? entry.nationality() : "", CATEGORIES[i % CATEGORIES.length],
                        "MB-" + i));
                out.write('\n');
            }
        }
    }

    /**
     * The travellers of one manifest: {@code listed} persons of the list at random places among them, written as
     * their passport writes them, the others people not on the list (some may share a name with a listed person, as
     * at a real border).
     */
    List<Traveller> manifest(int travellers, int listed, int listSize, SplittableRandom random) {
        List<Traveller> manifest = new ArrayList<>(travellers);
        for (int i = 0; i < travellers - listed; i++) {
            // Another seed than the list's: people the list was not made from.
            Person person = population.person(i, new SplittableRandom(random.nextLong() ^ (seed + 1)));
            manifest.add(asTraveller(person, -1, random));
        }
        for (int i = 0; i < listed; i++) {
            int ordinal = random.nextInt(listSize);
            manifest.add(random.nextInt(manifest.size() + 1), asTraveller(listedPerson(ordinal), ordinal, random));
        }
        return manifest;
    }

    private Traveller asTraveller(Person person, int listedOrdinal, SplittableRandom random) {
        String surname = String.join(" ",
                population.write(person.surname(), person.group(), Writing.LATIN, true, random));
        String given = String.join(" ", population.write(person.given(), person.group(), Writing.LATIN, true, random));
        return new Traveller(passportLetters(surname), passportLetters(given), "%08d".formatted(person.dateOfBirth()),
                person.nationality(), "E%08d".formatted(random.nextInt(100_000_000)), listedOrdinal);
    }

    /**
     * A passenger list of flight {@code flight} from Beijing arriving in Ulaanbaatar at {@code arrival}, prepared four
     * hours before, as carriers send it (the shape of the service's manifest tests).
     */
    static String paxlst(String flight, LocalDateTime arrival, String reference, List<Traveller> travellers) {
        return PaxlstMessages.passengerList(reference, arrival.minusHours(4), flight, arrival,
                travellers.stream().map(traveller -> new PaxlstMessages.Passenger(traveller.surname(),
                        traveller.givenNames(), traveller.dateOfBirth(), traveller.nationality(), traveller.passport()))
                        .toList());
    }

    /** What a passport's machine-readable zone allows: A–Z, digits and spaces (apostrophes and hyphens as spaces). */
    private static String passportLetters(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return folded.replaceAll("[^A-Z0-9 ]", " ").replaceAll(" +", " ").strip();
    }

    private static String oneLine(PersonName name) {
        return name.fullName() != null ? name.fullName() : name.surname() + " " + name.givenNames();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
