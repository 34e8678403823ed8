package org.juxta.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningIndexTest {

    private static final String[] MONGOLIAN_PARTS = {"Бат", "Ган", "Мөнх", "Эрдэнэ", "Энх", "Болд", "Отгон", "Оюун",
            "Сүх", "Нарантуяа", "Цэцэг", "Баяр", "Дорж", "Алтан", "Төмөр", "Ганбаатар", "Жаргал"};
    private static final String[] MONGOLIAN_ENDINGS = {"баяр", "болд", "эрдэнэ", "баатар", "цэцэг", "туяа", "гэрэл",
            "жаргал", "сайхан", "сүх", "очир", "зул", "дэлгэр"};
    private static final String[] CHINESE_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] CHINESE_GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "涛", "明", "超", "秀", "霞", "平", "刚"};

    private static final List<AlertEntry> ENTRIES = new ArrayList<>();
    private static ScreeningIndex index;

    @BeforeAll
    static void buildIndex() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            PersonName name = switch (i % 3) {
                case 0 -> PersonName.of(mongolian(random), mongolian(random));
                case 1 -> PersonName.fullName(pick(random, CHINESE_SURNAMES) + pick(random, CHINESE_GIVEN)
                        + (random.nextBoolean() ? pick(random, CHINESE_GIVEN) : ""));
                default -> PersonName.of(pick(random, new String[]{"Al-Tamimi", "Haddad", "Nasser", "Khoury"}),
                        pick(random, new String[]{"Muhammad", "Ahmad", "Omar", "Yusuf", "Khalid"}) + " "
                                + pick(random, new String[]{"Hasan", "Ali", "Ibrahim", "Salim"}));
            };
            ENTRIES.add(new AlertEntry("filler-" + i, name,
                    PartialDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    i % 3 == 0 ? "MNG" : i % 3 == 1 ? "CHN" : "SYR"));
        }
        ENTRIES.add(new AlertEntry("target-mn", PersonName.of("Батбаяр", "Одгэрэл Туяа"), PartialDate.of(1988, 4, 12),
                "MNG"));
        ENTRIES.add(new AlertEntry("target-mn-hyphen", PersonName.of("Мөнх-Эрдэнэ", "Өлзийбат"),
                PartialDate.of(1979, 9, 30), "MNG"));
        ENTRIES.add(new AlertEntry("target-cn", PersonName.fullName("王小明"), PartialDate.of(1990, 1, 2), "CHN"));
        ENTRIES.add(new AlertEntry("target-ar", PersonName.of("التميمي", "محمد عبد الله"), PartialDate.of(1975),
                "SAU"));
        ENTRIES.add(new AlertEntry("target-de", PersonName.of("Müller-Lüdenscheidt", "Jürgen"), null, "DEU"));
        index = ScreeningIndex.of(ENTRIES);
    }

    private static String mongolian(Random random) {
        return pick(random, MONGOLIAN_PARTS) + (random.nextBoolean() ? pick(random, MONGOLIAN_ENDINGS) : "");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static Stream<Arguments> variants() {
        return Stream.of(Arguments.of("transliterated", "target-mn", PersonName.of("BATBAYAR", "ODGEREL TUYA")),
                Arguments.of("typo in the surname", "target-mn", PersonName.of("BATBAYR", "ODGEREL TUYA")),
                Arguments.of("typo in each name", "target-mn", PersonName.of("BATBAAYR", "ODGERL TUAY")),
                Arguments.of("swapped", "target-mn", PersonName.of("ODGEREL TUYA", "BATBAYAR")),
                Arguments.of("missing given name", "target-mn", PersonName.of("BATBAYAR", "ODGEREL")),
                Arguments.of("extra given name", "target-mn", PersonName.of("BATBAYAR", "ODGEREL TUYA SARNAI")),
                Arguments.of("full name", "target-mn", PersonName.fullName("Odgerel Tuya Batbayar")),
                Arguments.of("o as u, hyphen as space", "target-mn-hyphen", PersonName.of("MUNKH ERDENE", "ULZIIBAT")),
                Arguments.of("hyphen dropped", "target-mn-hyphen", PersonName.of("MONKHERDENE", "OLZIIBAT")),
                Arguments.of("pinyin", "target-cn", PersonName.of("WANG", "XIAOMING")),
                Arguments.of("pinyin syllables apart", "target-cn", PersonName.fullName("Xiao Ming Wang")),
                Arguments.of("pinyin typo", "target-cn", PersonName.of("WANG", "XIAOMNIG")),
                Arguments.of("Latin for Arabic", "target-ar", PersonName.of("AL TAMIMI", "MOHAMED ABDALLAH")),
                Arguments.of("Arabic, no article", "target-ar", PersonName.of("Tamimi", "Muhammad")),
                Arguments.of("umlauts the ICAO way", "target-de", PersonName.of("MUELLER-LUEDENSCHEIDT", "JUERGEN")),
                Arguments.of("double name joined", "target-de", PersonName.of("Muellerluedenscheidt", "Jurgen")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theEntryIsACandidateAndAHitUnderEachVariation(String variation, String entryId, PersonName name) {
        // As at a crossing: the traveller's date of birth is known.
        PartialDate dateOfBirth = ENTRIES.stream().filter(entry -> entry.id().equals(entryId)).findFirst()
                .orElseThrow().dateOfBirth();
        ScreeningQuery query = new ScreeningQuery(name, dateOfBirth, null);

        assertThat(index.candidates(query, ScreeningIndex.DEFAULT_MAX_CANDIDATES)).contains(entryId);
        // The filler list has dozens of Muhammad al-Tamimis, so look beyond the default ten hits.
        List<Match> hits = index.screen(query, NameMatcher.DEFAULT_THRESHOLD, 100,
                ScreeningIndex.DEFAULT_MAX_CANDIDATES);
        assertThat(hits).extracting(Match::entryId).contains(entryId);
    }

    @Test
    void theDateOfBirthRanksNamesakesAndTheBestHitComesFirst() {
        List<Match> hits = index.screen(
                new ScreeningQuery(PersonName.of("BATBAYAR", "ODGEREL"), PartialDate.of(1988, 4, 12), "MNG"));

        assertThat(hits.getFirst().entryId()).isEqualTo("target-mn");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void aContradictingDateOfBirthIsNoHit() {
        List<Match> hits = index
                .screen(new ScreeningQuery(PersonName.fullName("王小明"), PartialDate.of(1961, 7, 19), "CHN"));

        assertThat(hits).extracting(Match::entryId).doesNotContain("target-cn");
    }

    @Test
    void anUnknownNameHasNoHits() {
        assertThat(index.screen(ScreeningQuery.of(PersonName.of("FITZGERALD", "ARCHIBALD")))).isEmpty();
    }

    @Test
    void candidatesAreEntriesSharingABlockingKey() {
        List<ScreeningQuery> queries = variants().map(arguments -> ScreeningQuery.of((PersonName) arguments.get()[2]))
                .toList();
        List<Set<String>> entryKeys = ENTRIES.stream().map(BlockingKeys::of).toList();
        for (ScreeningQuery query : queries) {
            Set<String> queryKeys = BlockingKeys.forQuery(query);
            Set<String> sharingAKey = new HashSet<>();
            for (int i = 0; i < ENTRIES.size(); i++) {
                if (entryKeys.get(i).stream().anyMatch(queryKeys::contains)) {
                    sharingAKey.add(ENTRIES.get(i).id());
                }
            }

            List<String> candidates = index.candidates(query, ENTRIES.size());

            assertThat(sharingAKey).as(query.name().toString()).containsAll(candidates);
            // Entries sharing only keys of words too unlike the query's are left out.
            assertThat(candidates).isNotEmpty();
        }
    }

    @Test
    void hitsTiedWithTheLastShownAreShownToo() {
        List<AlertEntry> namesakes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            namesakes.add(new AlertEntry("rousseau-" + i, PersonName.of("Rousseau", "Pierre"), null, "FRA"));
        }
        namesakes.add(new AlertEntry("rousseau-typo", PersonName.of("Rousseaux", "Pierre"), null, "FRA"));
        ScreeningIndex rousseaus = ScreeningIndex.of(namesakes);

        List<Match> hits = rousseaus.screen(ScreeningQuery.of(PersonName.of("ROUSSEAU", "PIERRE")), 0.8, 10, 200);

        // Nothing tells the fifteen apart: the officer must see them all, and not the lesser match.
        assertThat(hits).hasSize(15).extracting(Match::entryId).doesNotContain("rousseau-typo");
        assertThat(ScreeningIndex.keptWithTies(new double[]{1, 0.9, 0.9, 0.9, 0.8}, 2)).isEqualTo(4);
        assertThat(ScreeningIndex.keptWithTies(new double[]{1, 0.9, 0.8}, 2)).isEqualTo(2);
        assertThat(ScreeningIndex.keptWithTies(new double[]{0.9, 0.9, 0.9, 0.9}, 1)).isEqualTo(4);
        assertThat(ScreeningIndex.keptWithTies(new double[12], 2)).isEqualTo(2 * ScreeningIndex.TIED_HITS_FACTOR);
        assertThat(ScreeningIndex.keptWithTies(new double[0], 2)).isZero();
    }

    @Test
    void twoNamesCommonOnTheListAreDifferentNamesNotATypo() {
        List<AlertEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(new AlertEntry("ganbayar-" + i, PersonName.of("Ганбаяр", "Болд"), null, "MNG"));
            entries.add(new AlertEntry("sainbayar-" + i, PersonName.of("Сайнбаяр", "Болд"), null, "MNG"));
            entries.add(new AlertEntry("zhanar-" + i, PersonName.of("Zhumabaeva", "Zhanar"), null, "KAZ"));
            entries.add(new AlertEntry("daniyar-" + i, PersonName.of("Zhumabaeva", "Daniyar"), null, "KAZ"));
            entries.add(new AlertEntry("liming-" + i, PersonName.of("Li", "Liming"), null, "CHN"));
            entries.add(new AlertEntry("luming-" + i, PersonName.of("Li", "Luming"), null, "CHN"));
            entries.add(new AlertEntry("erlan-" + i, PersonName.of("Seitov", "Erlan"), null, "KAZ"));
            entries.add(new AlertEntry("erzhan-" + i, PersonName.of("Seitov", "Erzhan"), null, "KAZ"));
        }
        ScreeningIndex list = ScreeningIndex.of(entries);

        assertThat(list.screen(ScreeningQuery.of(PersonName.of("SAINBAYAR", "BOLD")))).extracting(Match::entryId)
                .allMatch(id -> id.startsWith("sainbayar-")).hasSize(5);
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("ZHUMABAEVA", "DANIYAR")))).extracting(Match::entryId)
                .allMatch(id -> id.startsWith("daniyar-")).hasSize(5);
        // In pinyin a vowel apart is another syllable, however alike the consonants.
        assertThat(list.screen(new ScreeningQuery(PersonName.of("LI", "LUMING"), null, "CHN")))
                .extracting(Match::entryId).allMatch(id -> id.startsWith("luming-")).hasSize(5);
        // A typo makes a word the list does not have: still a typo.
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("GANBAYR", "BOLD")))).extracting(Match::entryId)
                .contains("ganbayar-0");
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("SEITOV", "ERZHAN")))).extracting(Match::entryId)
                .allMatch(id -> id.startsWith("erzhan-")).hasSize(5);
        // Alone, the letters cannot tell: one edit (Erlan, Erzhan folded to erjan).
        AlertEntry erlan = entries.stream().filter(entry -> entry.id().equals("erlan-0")).findFirst().orElseThrow();
        assertThat(NameMatcher.instance().match(ScreeningQuery.of(PersonName.of("SEITOV", "ERZHAN")), erlan).score())
                .isGreaterThan(0.8);
    }

    @Test
    void aTypoInItsOwnScriptIsOneEditWhateverItsTransliteration() {
        List<AlertEntry> entries = new ArrayList<>(ENTRIES.subList(0, 300));
        entries.add(new AlertEntry("bayartsetseg", PersonName.of("Bayartsetseg", "Otgonchimeg"), null, "MNG"));
        entries.add(new AlertEntry("akhmetova", PersonName.of("Akhmetova", "Dauren"), null, "KAZ"));
        entries.add(new AlertEntry("abdullah", PersonName.of("Al-Masri", "Abdullah"), null, "JOR"));
        ScreeningIndex list = ScreeningIndex.of(entries);

        // р and ц swapped: r and ts, three letters apart in Latin.
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("Баяцрэцэг", "Отгончимэг")))).extracting(Match::entryId)
                .containsExactly("bayartsetseg");
        // k and m swapped across the kh that folding reads as one letter.
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("AKMHETOVA", "DAUREN")))).extracting(Match::entryId)
                .containsExactly("akhmetova");
        // ع and ب swapped: a word no dictionary knows, read without vowels.
        assertThat(list.screen(ScreeningQuery.of(PersonName.of("المصري", "عدبالله")))).extracting(Match::entryId)
                .containsExactly("abdullah");
    }

    @Test
    void aQueryHasTheSameHitsWhateverWasScreenedBeforeIt() {
        List<AlertEntry> entries = new ArrayList<>(ENTRIES);
        entries.add(new AlertEntry("chernyshev", PersonName.of("Чернышёв", "Владимир"), null, "RUS"));
        entries.add(new AlertEntry("zhang", PersonName.fullName("张小明"), null, "CHN"));
        // The same words recur with other nationalities, romanisations and scripts around them, which give them other
        // readings (Tschernyschow read as German writes Russian, Chang as Wade-Giles) and respellings: an index
        // remembers a word's similar words by all of these.
        List<ScreeningQuery> queries = new ArrayList<>();
        for (PersonName name : List.of(PersonName.of("TSCHERNYSCHOW", "WLADIMIR"), PersonName.of("CHANG", "HSIAO MING"),
                PersonName.of("CHANG", "XIAOMING"), PersonName.of("WANG", "XIAOMING"), PersonName.fullName("王小明"),
                PersonName.of("BATBAYAR", "ODGEREL"), PersonName.of("Батбаяр", "Одгэрэл"),
                PersonName.of("BATBAYR", "ODGEREL"), PersonName.of("Баяцрэцэг", "Отгончимэг"),
                PersonName.of("MUNKH ERDENE", "ULZIIBAT"), PersonName.of("AL TAMIMI", "MOHAMED"),
                PersonName.of("التميمي", "محمد"))) {
            for (String nationality : new String[]{"RUS", "MNG", "CHN", "TWN", "SAU", null}) {
                queries.add(new ScreeningQuery(name, null, nationality));
            }
        }
        ScreeningIndex forwards = ScreeningIndex.of(entries);
        ScreeningIndex backwards = ScreeningIndex.of(entries);

        List<List<Match>> inOrder = queries.stream().map(query -> forwards.screen(query, 0.6, 50, 500)).toList();
        List<List<Match>> reversed = queries.reversed().stream().map(query -> backwards.screen(query, 0.6, 50, 500))
                .toList().reversed();

        assertThat(reversed).isEqualTo(inOrder);
        // Found by their readings only, for the nationalities that write so.
        assertThat(inOrder.get(0)).extracting(Match::entryId).contains("chernyshev");
        assertThat(inOrder.get(5)).extracting(Match::entryId).doesNotContain("chernyshev");
        assertThat(inOrder.get(9)).extracting(Match::entryId).contains("zhang");
        assertThat(inOrder.get(7)).extracting(Match::entryId).doesNotContain("zhang");
    }

    @Test
    void candidatesAreBounded() {
        ScreeningQuery common = ScreeningQuery.of(PersonName.of("王", "伟"));

        assertThat(index.candidates(common, 50)).hasSize(50);
    }

    @Test
    void blockingKeysAreAPureFunctionOfTheEntry() {
        AlertEntry entry = ENTRIES.get(ENTRIES.size() - 5);

        assertThat(BlockingKeys.of(entry)).isEqualTo(BlockingKeys.of(entry))
                .contains("n:batbaiar", "n:batbiar", "n:odgerel", "n:tuia", "c:btbr", "n:odgereltuia");
        assertThat(BlockingKeys.hash("n:batbaiar")).isEqualTo(BlockingKeys.hash("n:batbaiar"))
                .isNotEqualTo(BlockingKeys.hash("n:batbiar"));
    }

    @Test
    void entriesRoundTripThroughTheCompactStore() {
        PreparedEntry stored = index.entry(ENTRIES.size() - 4);
        PreparedEntry prepared = PreparedEntry.of(ENTRIES.get(ENTRIES.size() - 4));

        assertThat(stored).isEqualTo(prepared);
    }
}
