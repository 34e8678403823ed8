package org.juxta.bench.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.juxta.bench.screening.Names.Word;
import org.juxta.bench.screening.Population.Group;
import org.juxta.bench.screening.Population.Person;
import org.juxta.bench.screening.Population.Table;
import org.juxta.bench.screening.Population.Writing;
import org.juxta.names.AlertEntry;
import org.juxta.names.PersonName;
import org.juxta.names.ScreeningQuery;
import org.juxta.vocabulary.PartialDate;

/**
 * The labelled queries: half are travellers on the list, written as documents and carriers write them (another
 * script or spelling, typing errors, swapped or missing or extra names, partial dates of birth); half are not, chosen
 * to be hard: the same surname, the same name with another date of birth, a similar name of another nationality, or
 * someone else entirely. {@link GroundTruth} says how hits are judged.
 */
final class QuerySet {

    /** What a query is. Negative kinds say how the look-alike was made. */
    enum Kind {

        ON_THE_LIST("on the list"), SAME_SURNAME("same surname, other given names"), SAME_NAME_OTHER_DATE(
                "same name, other date of birth"), SIMILAR_NAME_OTHER_NATIONALITY(
                        "similar name, other nationality"), SOMEONE_ELSE("someone else");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * @param expected
     *            the ordinal of the entry the query was made from, or -1
     * @param words
     *            the name words the query carries, for {@link GroundTruth}
     * @param dateOfBirth
     *            the query's date, packed, 0 when none
     */
    record LabelledQuery(int number, Kind kind, int expected, List<String> variations, ScreeningQuery query,
            Word[] words, int dateOfBirth) {
    }

    private final Population population;
    private final List<Person> persons;

    QuerySet(Population population, List<Person> persons) {
        this.population = population;
        this.persons = persons;
    }

    List<LabelledQuery> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<LabelledQuery> queries = new ArrayList<>(count);
        Kind[] negatives = {Kind.SAME_SURNAME, Kind.SAME_NAME_OTHER_DATE, Kind.SIMILAR_NAME_OTHER_NATIONALITY,
                Kind.SOMEONE_ELSE};
        for (int i = 0; i < count; i++) {
            Kind kind = i % 2 == 0 ? Kind.ON_THE_LIST : negatives[(i / 2) % negatives.length];
            queries.add(query(i, kind, random.split()));
        }
        return queries;
    }

    private LabelledQuery query(int number, Kind kind, SplittableRandom random) {
        Person person = persons.get(random.nextInt(persons.size()));
        if (kind == Kind.SAME_NAME_OTHER_DATE) {
            while (person.listedPrecision() == 0) {
                person = persons.get(random.nextInt(persons.size()));
            }
        }
        if (kind == Kind.SOMEONE_ELSE) {
            person = population.person(-1, random.split());
        }
        Group group = person.group();
        List<Word> surname = new ArrayList<>(List.of(person.surname()));
        List<Word> given = new ArrayList<>(List.of(person.given()));
        List<String> variations = new ArrayList<>();
        switch (kind) {
            case SAME_SURNAME -> {
                Table table = population.table(group, false);
                for (int i = 0; i < given.size(); i++) {
                    given.set(i, unlike(table, person.given(), random));
                }
            }
            case SIMILAR_NAME_OTHER_NATIONALITY -> {
                boolean inSurname = random.nextBoolean();
                List<Word> part = inSurname ? surname : given;
                int index = random.nextInt(part.size());
                part.set(index, closestDifferent(population.table(group, inSurname), part.get(index), random));
            }
            case ON_THE_LIST -> {
                // One or the other: both would replace a given name, which makes another person. Chinese given
                // names are one word: no middle names to add.
                if (given.size() >= 2 && random.nextDouble() < 0.15) {
                    given.remove(random.nextInt(given.size()));
                    variations.add("missing given name");
                } else if (group != Group.CHINESE && random.nextDouble() < 0.10) {
                    given.add(population.givenName(group, random));
                    variations.add("extra given name");
                }
            }
            default -> {
            }
        }
        Writing writing = group.latinScript()
                ? (random.nextDouble() < 0.4 ? Writing.NATIVE : Writing.LATIN)
                : (random.nextDouble() < 0.7 ? Writing.LATIN : Writing.NATIVE);
        boolean upper = random.nextDouble() < 0.7;
        List<String> surnameText = population.write(surname.toArray(Word[]::new), group, writing, upper, random);
        List<String> givenText = population.write(given.toArray(Word[]::new), group, writing, upper, random);
        if (kind == Kind.ON_THE_LIST) {
            variations.add(0, writingVariation(person, writing, surnameText, givenText));
        }
        boolean chineseCharacters = group == Group.CHINESE && writing == Writing.NATIVE;
        if (kind != Kind.SAME_NAME_OTHER_DATE && random.nextDouble() < 0.2
                && changeSeparators(group, writing, given, givenText, surnameText, random)) {
            variations.add("separators");
        }
        if (kind == Kind.ON_THE_LIST && random.nextDouble() < 0.35) {
            int typos = random.nextDouble() < 0.15 ? 2 : 1;
            if (addTypos(typos, surnameText, givenText, random)) {
                variations.add(typos == 2 ? "typos in two names" : "typo");
            }
        }
        boolean swap = !chineseCharacters && random.nextDouble() < 0.2;
        if (swap) {
            List<String> swapped = surnameText;
            surnameText = givenText;
            givenText = swapped;
        }
        PersonName name;
        if (random.nextDouble() < 0.25) {
            String separator = chineseCharacters ? "" : " ";
            boolean givenFirst = !chineseCharacters && random.nextBoolean();
            String first = String.join(" ", givenFirst ? givenText : surnameText);
            String second = String.join(" ", givenFirst ? surnameText : givenText);
            name = PersonName.fullName((first + separator + second).strip());
            variations.add("full name, " + (givenFirst != swap ? "given names first" : "surname first"));
        } else {
            if (swap) {
                variations.add("swapped");
            }
            name = PersonName.of(String.join(" ", surnameText), String.join(" ", givenText));
        }
        int dateOfBirth = switch (kind) {
            case ON_THE_LIST -> dateVariation(person.dateOfBirth(), variations, random);
            case SAME_NAME_OTHER_DATE -> otherYear(person.dateOfBirth(), random);
            case SOMEONE_ELSE -> random.nextDouble() < 0.8
                    ? Population.randomDate(random)
                    : Population.truncate(Population.randomDate(random), 1);
            default -> Population.randomDate(random);
        };
        String nationality = switch (kind) {
            case SIMILAR_NAME_OTHER_NATIONALITY -> otherNationality(person.nationality(), random);
            default -> random.nextDouble() < 0.85 ? person.nationality() : null;
        };
        if (kind == Kind.ON_THE_LIST && nationality == null) {
            variations.add("no nationality");
        }
        Word[] words = new Word[surname.size() + given.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = i < surname.size() ? surname.get(i) : given.get(i - surname.size());
        }
        ScreeningQuery query = new ScreeningQuery(name, PartialDate.unpack(dateOfBirth), nationality);
        return new LabelledQuery(number, kind, kind == Kind.ON_THE_LIST ? person.ordinal() : -1,
                List.copyOf(variations),
                query, words, dateOfBirth);
    }

    /** How the query's writing differs from every way the list writes the person. */
    private String writingVariation(Person person, Writing writing, List<String> surname, List<String> given) {
        AlertEntry entry = population.entry(person);
        String written = (String.join(" ", surname) + " " + String.join(" ", given)).toLowerCase(Locale.ROOT);
        boolean sameScript = false;
        for (PersonName listed : entry.names()) {
            String text = listed.fullName() != null
                    ? listed.fullName()
                    : (listed.surname() + " " + listed.givenNames());
            if (text.toLowerCase(Locale.ROOT).replace(" ", "").equals(written.replace(" ", ""))) {
                return "written as listed";
            }
            sameScript |= Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript
                    .of(written.codePointAt(0));
        }
        if (person.group().latinScript()) {
            return writing == Writing.NATIVE ? "with diacritics, listed without" : "without diacritics";
        }
        return sameScript ? "other spelling" : writing == Writing.LATIN ? "transliterated" : "in its own script";
    }

    private static Word unlike(Table table, Word[] avoid, SplittableRandom random) {
        Word candidate = table.sample(random);
        for (int attempt = 0; attempt < 100 && !farFromAll(candidate, avoid); attempt++) {
            candidate = table.sample(random);
        }
        return candidate;
    }

    private static boolean farFromAll(Word candidate, Word[] avoid) {
        for (Word word : avoid) {
            if (GroundTruth.editDistance(candidate.canonicalLatin(), word.canonicalLatin()) < 2) {
                return false;
            }
        }
        return true;
    }

    /** The word most like {@code word} that is still more than one edit from it: a different name. */
    private static Word closestDifferent(Table table, Word word, SplittableRandom random) {
        List<Word> closest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Word candidate : table.words) {
            int distance = GroundTruth.editDistance(candidate.canonicalLatin(), word.canonicalLatin());
            if (distance < 2) {
                continue;
            }
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (distance == best) {
                closest.add(candidate);
            }
        }
        return closest.get(random.nextInt(closest.size()));
    }

    private boolean changeSeparators(Group group, Writing writing, List<Word> givenWords, List<String> given,
            List<String> surname, SplittableRandom random) {
        if (group == Group.CHINESE && writing == Writing.LATIN) {
            for (int i = 0; i < given.size(); i++) {
                String syllables = Population.spelling(givenWords.get(i), group, random);
                if (syllables.contains(" ")) {
                    String separated = syllables.replace(" ", random.nextBoolean() ? " " : "-");
                    given.set(i, Character.isUpperCase(given.get(i).charAt(0)) && Character.isUpperCase(
                            given.get(i).charAt(given.get(i).length() - 1))
                                    ? separated.toUpperCase(Locale.ROOT)
                                    : capitalise(separated));
                    return true;
                }
            }
            return false;
        }
        for (List<String> part : List.of(surname, given)) {
            for (int i = 0; i < part.size(); i++) {
                String token = part.get(i);
                if (token.contains("-") || token.contains(" ")) {
                    String replacement = token.contains("-")
                            ? (random.nextBoolean() ? " " : "")
                            : (random.nextBoolean() ? "-" : "");
                    String changed = token.replace("-", replacement).replace(" ", replacement);
                    part.set(i, changed);
                    return true;
                }
            }
        }
        return false;
    }

    private static String capitalise(String text) {
        StringBuilder capitalised = new StringBuilder(text.length());
        boolean start = true;
        for (char c : text.toCharArray()) {
            capitalised.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return capitalised.toString();
    }

    /** One typing error in each of {@code count} different name words, where a word has 4 letters or more. */
    private static boolean addTypos(int count, List<String> surname, List<String> given, SplittableRandom random) {
        List<int[]> eligible = new ArrayList<>();
        List<List<String>> parts = List.of(surname, given);
        for (int p = 0; p < parts.size(); p++) {
            for (int i = 0; i < parts.get(p).size(); i++) {
                String token = parts.get(p).get(i);
                if (token.codePoints().filter(Character::isLetter).count() >= 4
                        && Character.UnicodeScript.of(token.codePointAt(0)) != Character.UnicodeScript.HAN) {
                    eligible.add(new int[]{p, i});
                }
            }
        }
        if (eligible.size() < count) {
            return false;
        }
        for (int t = 0; t < count; t++) {
            int[] chosen = eligible.remove(random.nextInt(eligible.size()));
            List<String> part = parts.get(chosen[0]);
            part.set(chosen[1], typo(part.get(chosen[1]), random));
        }
        return true;
    }

    static String typo(String token, SplittableRandom random) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                letters.add(i);
            }
        }
        int position = letters.get(random.nextInt(letters.size()));
        char original = token.charAt(position);
        StringBuilder typo = new StringBuilder(token);
        switch (random.nextInt(4)) {
            case 0 -> typo.setCharAt(position, otherLetter(original, random));
            case 1 -> typo.deleteCharAt(position);
            case 2 -> typo.insert(position, otherLetter(original, random));
            default -> {
                int next = letters.indexOf(position) + 1 < letters.size()
                        ? letters.get(letters.indexOf(position) + 1)
                        : letters.get(letters.indexOf(position) - 1);
                char other = typo.charAt(next);
                if (other == original) {
                    typo.setCharAt(position, otherLetter(original, random));
                } else {
                    typo.setCharAt(position, other);
                    typo.setCharAt(next, original);
                }
            }
        }
        return typo.toString();
    }

    private static char otherLetter(char like, SplittableRandom random) {
        String alphabet = switch (Character.UnicodeScript.of(like)) {
            case CYRILLIC -> "абвгдеёжзийклмнопрстуфхцчшщыэюяөү";
            case ARABIC -> "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
            default -> "abcdefghijklmnopqrstuvwxyz";
        };
        char letter;
        do {
            letter = alphabet.charAt(random.nextInt(alphabet.length()));
        } while (Character.toLowerCase(like) == letter);
        return Character.isUpperCase(like) ? Character.toUpperCase(letter) : letter;
    }

    /** The date a traveller's query carries: full, partial, none, or with a typing error. */
    private static int dateVariation(int dateOfBirth, List<String> variations, SplittableRandom random) {
        double choice = random.nextDouble();
        if (choice < 0.5) {
            return dateOfBirth;
        }
        if (choice < 0.6) {
            variations.add("year and month of birth only");
            return Population.truncate(dateOfBirth, 2);
        }
        if (choice < 0.75) {
            variations.add("year of birth only");
            return Population.truncate(dateOfBirth, 1);
        }
        if (choice < 0.9) {
            variations.add("no date of birth");
            return 0;
        }
        variations.add("date of birth typo");
        LocalDate date = LocalDate.of(dateOfBirth / 10_000, dateOfBirth / 100 % 100, dateOfBirth % 100);
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                LocalDate typo = switch (random.nextInt(4)) {
                    case 0 -> date.plusDays(random.nextBoolean() ? 1 : -1);
                    case 1 -> LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
                    // Estimated ages: the year off by one.
                    case 2 -> date.plusYears(random.nextBoolean() ? 1 : -1);
                    default -> date.withDayOfMonth((date.getDayOfMonth() / 10) * 10 + random.nextInt(10));
                };
                if (!typo.equals(date)) {
                    return PartialDate.of(typo).packed();
                }
            } catch (DateTimeException e) {
                // Not a date (a 31st in a short month, a day above 12 as month): try another typo.
            }
        }
        return PartialDate.of(date.plusDays(1)).packed();
    }

    /** The same day and month, a year at least 3 away and not the same digits swapped: a different person. */
    private static int otherYear(int dateOfBirth, SplittableRandom random) {
        int year = dateOfBirth / 10_000;
        int other;
        do {
            other = year + (random.nextBoolean() ? 1 : -1) * (3 + random.nextInt(18));
        } while (other % 100 / 10 == year % 100 % 10 && other % 10 == year % 100 / 10);
        try {
            return PartialDate.of(LocalDate.of(other, dateOfBirth / 100 % 100, dateOfBirth % 100)).packed();
        } catch (DateTimeException e) {
            return PartialDate.of(LocalDate.of(other, 2, 28)).packed();
        }
    }

    private static String otherNationality(String nationality, SplittableRandom random) {
        String other;
        do {
            other = Population.ALL_NATIONALITIES.get(random.nextInt(Population.ALL_NATIONALITIES.size()));
        } while (other.equals(nationality));
        return other;
    }
}
