package org.juxta.bench.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.juxta.bench.screening.Names.Word;
import org.juxta.names.AlertEntry;
import org.juxta.names.PersonName;
import org.juxta.vocabulary.PartialDate;

/**
 * A synthetic population with the name distributions of a Mongolian–Chinese border: who is on the list, with which
 * names, and how the list writes them. Deterministic for a seed. A person keeps only word references and numbers, so
 * that a million of them fit in about 100 MB; how the list writes a person is re-derived from the person's own seed.
 */
final class Population {

    /** Where names come from, with the share of the population and the nationalities. */
    enum Group {

        MONGOLIAN(0.30, "MNG"), CHINESE(0.30, "CHN"), ARABIC(0.14, "SYR", "IRQ", "SAU", "EGY", "JOR", "YEM", "LBN",
                "ARE"), RUSSIAN(0.06, "RUS"), KAZAKH(0.04, "KAZ"), GERMAN(0.04, "DEU"), POLISH(0.03, "POL"), NORWEGIAN(
                        0.02, "NOR"), FRENCH(0.025, "FRA"), SPANISH(0.025, "ESP"), TURKISH(0.02, "TUR");

        final double share;
        final String[] nationalities;

        Group(double share, String... nationalities) {
            this.share = share;
            this.nationalities = nationalities;
        }

        boolean latinScript() {
            return ordinal() >= GERMAN.ordinal();
        }
    }

    static final List<String> ALL_NATIONALITIES = List.of("MNG", "CHN", "SYR", "IRQ", "SAU", "EGY", "JOR", "YEM",
            "LBN", "ARE", "RUS", "KAZ", "DEU", "POL", "NOR", "FRA", "ESP", "TUR", "USA", "GBR", "KOR", "JPN");

    /**
     * One person of the list.
     *
     * @param dateOfBirth
     *            the true date, packed {@code yyyymmdd}
     * @param listedPrecision
     *            how much of it the list has: 0 none, 1 year, 2 month, 3 day
     * @param listedNationality
     *            {@code null} when the list does not have it
     */
    record Person(int ordinal, Group group, Word[] surname, Word[] given, int dateOfBirth, int listedPrecision,
            String nationality, String listedNationality, long seed) {

        int listedDateOfBirth() {
            return truncate(dateOfBirth, listedPrecision);
        }

        String id() {
            return "P" + ordinal;
        }
    }

    static int truncate(int packed, int precision) {
        return switch (precision) {
            case 0 -> 0;
            case 1 -> packed / 10_000 * 10_000;
            case 2 -> packed / 100 * 100;
            default -> packed;
        };
    }

    /** A word table to sample from by weight. */
    static final class Table {

        final List<Word> words;
        private final double[] cumulative;

        Table(List<Word> words) {
            this.words = List.copyOf(words);
            this.cumulative = new double[words.size()];
            double sum = 0;
            for (int i = 0; i < words.size(); i++) {
                sum += words.get(i).weight();
                cumulative[i] = sum;
            }
        }

        Word sample(SplittableRandom random) {
            double point = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] < point) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return words.get(low);
        }
    }

    private final Map<Group, Table> surnames = new HashMap<>();
    private final Map<Group, Table> givenNames = new HashMap<>();
    private final Table russianFemale;
    private final Table chineseCharacters;
    private final Map<String, Word> chineseGivenNames = new HashMap<>();
    private final Map<String, Word> derivedWords = new HashMap<>();
    private final double[] groupCumulative = new double[Group.values().length];

    Population() {
        Table mongolian = new Table(mongolianGivenNames());
        surnames.put(Group.MONGOLIAN, mongolian);
        givenNames.put(Group.MONGOLIAN, mongolian);
        surnames.put(Group.CHINESE, new Table(Names.parse(Names.CHINESE_SURNAMES)));
        chineseCharacters = new Table(Names.parse(Names.CHINESE_GIVEN_CHARACTERS));
        surnames.put(Group.ARABIC, new Table(Names.parse(Names.ARABIC_FAMILY)));
        givenNames.put(Group.ARABIC, new Table(Names.parse(Names.ARABIC_GIVEN)));
        surnames.put(Group.RUSSIAN, cyrillic(Names.RUSSIAN_SURNAMES));
        givenNames.put(Group.RUSSIAN, cyrillic(Names.RUSSIAN_MALE));
        russianFemale = cyrillic(Names.RUSSIAN_FEMALE);
        surnames.put(Group.KAZAKH, cyrillic(Names.KAZAKH_SURNAMES));
        givenNames.put(Group.KAZAKH, cyrillic(Names.KAZAKH_GIVEN));
        latinTables(Group.GERMAN, Names.GERMAN_SURNAMES, Names.GERMAN_GIVEN);
        latinTables(Group.POLISH, Names.POLISH_SURNAMES, Names.POLISH_GIVEN);
        latinTables(Group.NORWEGIAN, Names.NORWEGIAN_SURNAMES, Names.NORWEGIAN_GIVEN);
        latinTables(Group.FRENCH, Names.FRENCH_SURNAMES, Names.FRENCH_GIVEN);
        latinTables(Group.SPANISH, Names.SPANISH_SURNAMES, Names.SPANISH_GIVEN);
        latinTables(Group.TURKISH, Names.TURKISH_SURNAMES, Names.TURKISH_GIVEN);
        double sum = 0;
        for (Group group : Group.values()) {
            sum += group.share;
            groupCumulative[group.ordinal()] = sum;
        }
    }

    Table surnames(Group group) {
        return surnames.get(group);
    }

    Table givenNames(Group group) {
        return givenNames.get(group);
    }

    /** Generates the list: person {@code i} depends only on the seed and {@code i}. */
    List<Person> generate(int size, long seed) {
        List<Person> persons = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            persons.add(person(i, new SplittableRandom(seed * 1_000_003L + i)));
        }
        return persons;
    }

    Person person(int ordinal, SplittableRandom random) {
        Group group = group(random.nextDouble());
        Word[] surname;
        Word[] given;
        switch (group) {
            case MONGOLIAN -> {
                surname = new Word[]{surnames(group).sample(random)};
                given = new Word[]{givenNames(group).sample(random)};
            }
            case CHINESE -> {
                surname = new Word[]{surnames(group).sample(random)};
                given = new Word[]{chineseGivenName(random)};
            }
            case ARABIC -> {
                surname = new Word[]{surnames(group).sample(random)};
                Table arabic = givenNames(group);
                given = random.nextDouble() < 0.35
                        ? new Word[]{arabic.sample(random), arabic.sample(random), arabic.sample(random)}
                        : new Word[]{arabic.sample(random), arabic.sample(random)};
            }
            case RUSSIAN, KAZAKH -> {
                boolean female = random.nextBoolean();
                Word family = surnames(group).sample(random);
                surname = new Word[]{female ? feminine(family) : family};
                Word first = female && group == Group.RUSSIAN
                        ? russianFemale.sample(random)
                        : givenNames(group).sample(random);
                given = group == Group.RUSSIAN && random.nextDouble() < 0.6
                        ? new Word[]{first, patronymic(givenNames(group).sample(random), female)}
                        : new Word[]{first};
            }
            default -> {
                Table family = surnames(group);
                surname = group == Group.SPANISH && random.nextDouble() < 0.7
                        ? new Word[]{family.sample(random), family.sample(random)}
                        : new Word[]{family.sample(random)};
                Table first = givenNames(group);
                given = random.nextDouble() < 0.3
                        ? new Word[]{first.sample(random), first.sample(random)}
                        : new Word[]{first.sample(random)};
            }
        }
        int dateOfBirth = randomDate(random);
        double precision = random.nextDouble();
        int listedPrecision = precision < 0.85 ? 3 : precision < 0.90 ? 2 : precision < 0.95 ? 1 : 0;
        String nationality = group.nationalities[random.nextInt(group.nationalities.length)];
        String listedNationality = random.nextDouble() < 0.95 ? nationality : null;
        return new Person(ordinal, group, surname, given, dateOfBirth, listedPrecision, nationality,
                listedNationality, random.nextLong());
    }

    static int randomDate(SplittableRandom random) {
        LocalDate date = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(69 * 365));
        return PartialDate.of(date).packed();
    }

    private Group group(double point) {
        for (Group group : Group.values()) {
            if (point < groupCumulative[group.ordinal()]) {
                return group;
            }
        }
        return Group.TURKISH;
    }

    // ---- How the list writes a person -------------------------------------------------------------------------

    /** The scripts a name is written in: its own, or Latin letters. */
    enum Writing {
        NATIVE, LATIN
    }

    /** The entry as the list has it; the writings chosen are derived from the person's seed. */
    AlertEntry entry(Person person) {
        SplittableRandom random = new SplittableRandom(person.seed());
        List<PersonName> names = new ArrayList<>(2);
        for (Writing writing : listedWritings(person, random)) {
            names.add(listedName(person, writing, random));
        }
        PartialDate dateOfBirth = PartialDate.unpack(person.listedDateOfBirth());
        return new AlertEntry(person.id(), names, dateOfBirth, person.listedNationality());
    }

    private static List<Writing> listedWritings(Person person, SplittableRandom random) {
        double choice = random.nextDouble();
        if (person.group().latinScript()) {
            return List.of(choice < 0.7 ? Writing.NATIVE : Writing.LATIN);
        }
        double nativeShare = switch (person.group()) {
            case MONGOLIAN, CHINESE -> 0.45;
            case ARABIC -> 0.40;
            default -> 0.5;
        };
        double aliasShare = person.group() == Group.RUSSIAN || person.group() == Group.KAZAKH ? 0 : 0.10;
        if (choice < nativeShare) {
            return List.of(Writing.NATIVE);
        }
        return choice < 1 - aliasShare ? List.of(Writing.LATIN) : List.of(Writing.NATIVE, Writing.LATIN);
    }

    private PersonName listedName(Person person, Writing writing, SplittableRandom random) {
        boolean upper = random.nextBoolean();
        String surname = String.join(" ", write(person.surname(), person.group(), writing, upper, random));
        String given = String.join(" ", write(person.given(), person.group(), writing, upper, random));
        if (person.group() == Group.CHINESE && writing == Writing.NATIVE && random.nextBoolean()) {
            return PersonName.fullName(surname + given);
        }
        return PersonName.of(surname, given);
    }

    /** Each word written in the given script, in one of the spellings documents use. */
    List<String> write(Word[] words, Group group, Writing writing, boolean upper, SplittableRandom random) {
        List<String> written = new ArrayList<>(words.length);
        for (Word word : words) {
            written.add(write(word, group, writing, upper, random));
        }
        return written;
    }

    String write(Word word, Group group, Writing writing, boolean upper, SplittableRandom random) {
        String text;
        if (writing == Writing.NATIVE) {
            text = word.identity();
        } else {
            text = spelling(word, group, random);
            if (group == Group.CHINESE) {
                text = text.replace(" ", "");
            }
        }
        return upper && writing == Writing.LATIN ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** One of a word's Latin spellings, weighted as documents use them. */
    static String spelling(Word word, Group group, SplittableRandom random) {
        List<String> spellings = word.latin();
        if (spellings.size() == 1) {
            return spellings.getFirst();
        }
        double choice = random.nextDouble();
        double[] weights = switch (group) {
            case MONGOLIAN -> new double[]{0.5, 0.3, 0.1, 0.1};
            case RUSSIAN, KAZAKH -> new double[]{0.6, 0.4};
            case CHINESE -> new double[]{0.7, 0.3};
            default -> null;
        };
        if (weights == null) {
            // Arabic and European: the first spelling half of the time, the others evenly.
            return choice < 0.5
                    ? spellings.getFirst()
                    : spellings.get(
                            1 + Math.min(spellings.size() - 2, (int) ((choice - 0.5) * 2 * (spellings.size() - 1))));
        }
        double sum = 0;
        for (int i = 0; i < weights.length && i < spellings.size(); i++) {
            sum += weights[i];
            if (choice < sum) {
                return spellings.get(i);
            }
        }
        return spellings.getLast();
    }

    // ---- Word tables --------------------------------------------------------------------------------------------

    private static List<Word> mongolianGivenNames() {
        List<Word> names = new ArrayList<>();
        for (Word stem : Names.parse(Names.MONGOLIAN_STEMS)) {
            for (Word ending : Names.parse(Names.MONGOLIAN_ENDINGS)) {
                String name = stem.identity() + ending.identity();
                if (!stem.identity().toLowerCase(Locale.ROOT).equals(ending.identity())) {
                    names.add(mongolian(name, stem.weight() * ending.weight()));
                }
            }
        }
        for (Word single : Names.parse(Names.MONGOLIAN_SINGLE)) {
            names.add(mongolian(single.identity(), single.weight() * 3));
        }
        for (String hyphenated : List.of("Мөнх-Эрдэнэ", "Бат-Эрдэнэ", "Ган-Эрдэнэ", "Бат-Очир", "Мөнх-Очир",
                "Энх-Амгалан", "Лхагва-Очир", "Эрдэнэ-Очир", "Бат-Оргил", "Энх-Баяр")) {
            names.add(mongolian(hyphenated, 4));
        }
        return names;
    }

    private static Word mongolian(String cyrillic, double weight) {
        List<String> spellings = new ArrayList<>();
        for (Romanization.Mongolian style : Romanization.Mongolian.values()) {
            spellings.add(Romanization.mongolian(cyrillic, style));
        }
        return new Word(cyrillic, List.copyOf(spellings), weight);
    }

    private static Table cyrillic(String table) {
        return new Table(Names.parse(table).stream().map(word -> russianWord(word.identity(), word.weight())).toList());
    }

    private static Word russianWord(String cyrillic, double weight) {
        return new Word(cyrillic, List.of(Romanization.russian(cyrillic, Romanization.Russian.ICAO),
                Romanization.russian(cyrillic, Romanization.Russian.BGN)), weight);
    }

    private void latinTables(Group group, String surnameTable, String givenTable) {
        surnames.put(group, new Table(Names.parse(surnameTable).stream().map(Population::latinWord).toList()));
        givenNames.put(group, new Table(Names.parse(givenTable).stream().map(Population::latinWord).toList()));
    }

    private static Word latinWord(Word word) {
        return new Word(word.identity(), List.of(Romanization.ascii(word.identity(), Romanization.Diacritics.STRIPPED),
                Romanization.ascii(word.identity(), Romanization.Diacritics.ICAO)), word.weight());
    }

    private Word chineseGivenName(SplittableRandom random) {
        Word first = chineseCharacters.sample(random);
        if (random.nextDouble() < 0.25) {
            return chineseGivenNames.computeIfAbsent(first.identity(), key -> first);
        }
        Word second = chineseCharacters.sample(random);
        return chineseGivenNames.computeIfAbsent(first.identity() + second.identity(),
                key -> new Word(key, List.of(first.latin().getFirst() + " " + second.latin().getFirst()), 1));
    }

    private Word feminine(Word surname) {
        String identity = surname.identity();
        if (!(identity.endsWith("в") || identity.endsWith("н"))) {
            return surname;
        }
        return derivedWords.computeIfAbsent(identity + "а", key -> russianWord(key, 1));
    }

    private Word patronymic(Word father, boolean female) {
        String name = father.identity();
        String stem = name.endsWith("й") || name.endsWith("ь")
                ? name.substring(0, name.length() - 1) + "е"
                : name + "о";
        String patronymic = stem + (female ? "вна" : "вич");
        return derivedWords.computeIfAbsent(patronymic, key -> russianWord(key, 1));
    }

    private Table chineseGivenNameTable;

    /** Words of the group's table for the role, to draw look-alikes from; call after {@link #generate}. */
    Table table(Group group, boolean surname) {
        if (group == Group.CHINESE && !surname) {
            if (chineseGivenNameTable == null) {
                chineseGivenNameTable = new Table(List.copyOf(chineseGivenNames.values()));
            }
            return chineseGivenNameTable;
        }
        return surname ? surnames(group) : givenNames(group);
    }

    /** A given name of the group, as a person of the group would have one. */
    Word givenName(Group group, SplittableRandom random) {
        return switch (group) {
            case CHINESE -> chineseGivenName(random);
            case RUSSIAN -> random.nextBoolean() ? russianFemale.sample(random) : givenNames(group).sample(random);
            default -> givenNames(group).sample(random);
        };
    }
}
