package org.juxta.names;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.juxta.names.NameToken.Spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NameNormalizerTest {

    private final NameNormalizer normalizer = NameNormalizer.instance();

    private List<String> latin(PersonName name, String nationality) {
        return normalizer.normalize(name, nationality).tokens().stream().map(NameToken::latin).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Батбаяр, batbayar", "Одгэрэл, odgerel", "Мөнх, monkh", "Өлзийбат, olziibat",
            "Түмэнжаргал, tumenjargal", "Жаргалсайхан, jargalsaikhan", "Цэцэг, tsetseg", "Хүрэлбаатар, khurelbaatar",
            "Ганбаатар, ganbaatar", "Энхтуяа, enkhtuyaa", "Чингис, chingis", "Шинэбаяр, shinebayar"})
    void mongolianCyrillicIsRomanisedAsOnMongolianPassports(String cyrillic, String passport) {
        assertThat(latin(PersonName.of(cyrillic, null), "MNG")).containsExactly(passport);
    }

    @Test
    void mongolianIsTheDefaultForCyrillicWithoutNationalityButNotForKazakhLetters() {
        assertThat(latin(PersonName.of("Жаргал", null), null)).containsExactly("jargal");
        assertThat(latin(PersonName.of("Жаңғыр", null), null)).containsExactly("zhangyr");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Иванов, ivanov", "Жуков, zhukov", "Щукин, shchukin", "Юлия, iuliia", "Соловьёв, solovev",
            "Хрущёв, khrushchev", "Подъячев, podieiachev", "Цой, tsoi"})
    void russianIsRomanisedByIcaoDoc9303(String cyrillic, String passport) {
        assertThat(latin(PersonName.of(cyrillic, null), "RUS")).containsExactly(passport);
    }

    @Test
    void hyphenatedMongolianNamesBecomeTokensThatCanBeJoined() {
        NormalizedName name = normalizer.normalize(PersonName.of(null, "Мөнх-Эрдэнэ"), "MNG");
        assertThat(name.tokens()).extracting(NameToken::original).containsExactly("Мөнх", "Эрдэнэ");
        assertThat(name.joinedUnits()).extracting(unit -> unit.token().latin()).containsExactly("monkherdene");
    }

    @Test
    void chineseFullNameIsSurnameFirstWithTheGivenNameJoined() {
        NormalizedName name = normalizer.normalize(PersonName.fullName("王小明"), null);
        assertThat(name.tokens()).extracting(NameToken::role, NameToken::original, NameToken::latin).containsExactly(
                tuple(NameRole.SURNAME, "王", "wang"),
                tuple(NameRole.GIVEN, "小明", "xiaoming"));
    }

    @Test
    void chineseCompoundSurnamesAndSurnameReadings() {
        assertThat(latin(PersonName.fullName("欧阳娜娜"), null)).containsExactly("ouyang", "nana");
        assertThat(latin(PersonName.fullName("諸葛亮"), null)).containsExactly("zhuge", "liang");
        // 单 reads dan as a word but Shan as a surname.
        assertThat(latin(PersonName.of("单", "伟"), null)).containsExactly("shan", "wei");
        assertThat(latin(PersonName.of("陳", "大文"), null)).containsExactly("chen", "dawen");
        assertThat(latin(PersonName.of("吕", "伟"), null)).containsExactly("lyu", "wei");
    }

    @Test
    void arabicNamesInTheDictionaryGetTheirVowels() {
        NormalizedName name = normalizer.normalize(PersonName.of(null, "محمد أحمد"), null);
        assertThat(name.tokens()).extracting(NameToken::latin, NameToken::spelling).containsExactly(
                tuple("muhammad", Spelling.FULL), tuple("ahmad", Spelling.FULL));
    }

    @Test
    void otherArabicWordsAreTransliteratedByLetterAndFlaggedVowelless() {
        NormalizedName name = normalizer.normalize(PersonName.of("التميمي", null), null);
        assertThat(name.tokens()).extracting(NameToken::latin, NameToken::spelling, NameToken::particle)
                .containsExactly(tuple("al", Spelling.FULL, true), tuple("tmimi", Spelling.VOWELLESS, false));
        // With its vowel marks a word is spelled in full.
        assertThat(normalizer.normalize(PersonName.of("خَالِد", null)).tokens()).extracting(NameToken::latin,
                NameToken::spelling).containsExactly(tuple("khalid", Spelling.FULL));
    }

    @Test
    void chineseCharactersAndChineseNationalsLatinNamesArePinyin() {
        assertThat(normalizer.normalize(PersonName.fullName("王小明"), null).tokens()).extracting(NameToken::spelling)
                .containsOnly(Spelling.PINYIN);
        assertThat(normalizer.normalize(PersonName.of("WANG", "XIAOMING"), "CHN").tokens())
                .extracting(NameToken::spelling).containsOnly(Spelling.PINYIN);
        assertThat(normalizer.normalize(PersonName.of("WANG", "XIAOMING"), null).tokens())
                .extracting(NameToken::spelling).containsOnly(Spelling.FULL);
    }

    @Test
    void servantNamesAreOneTokenHoweverWritten() {
        assertThat(normalizer.normalize(PersonName.of(null, "عبد الرحمن"), null).tokens())
                .extracting(NameToken::folded).containsExactly("abdulrahman");
        for (String written : List.of("Abd al-Rahman", "Abdul Rahman", "Abdel Rahman", "Abdulrahman",
                "Abd-ur Rahman")) {
            assertThat(normalizer.normalize(PersonName.of(null, written), null).tokens())
                    .as(written).extracting(NameToken::folded).containsExactly("abdulrahman");
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Müller, muller", "Ødegård, odegard", "Łukasz, lukasz", "Wójcik, wojcik", "Weiß, weiss",
            "Çelik, celik", "İbrahim, ibrahim", "Núñez, nunez", "François, francois", "Dvořák, dvorak",
            "O'Brien, obrien"})
    void latinDiacriticsAreRemoved(String written, String latin) {
        assertThat(latin(PersonName.of(written, null), null)).containsExactly(latin);
    }

    @ParameterizedTest(name = "{0} and {1} fold to {2}")
    @CsvSource({"khalid, halid, halid", "schröder, schroder, shroder", "mikhail, mihail, mihail",
            "sergey, sergei, sergei", "ødegård, odegaard, odegard", "zaynab, zainab, zainab",
            "fatimah, fatima, fatima", "abdullah, abdulla, abdula", "zhumabaev, zhumabaev, jumabaev"})
    void romanisationVariantsFoldToOneSpellingKey(String one, String other, String folded) {
        assertThat(normalizer.normalize(PersonName.of(one, null)).tokens().getFirst().folded()).isEqualTo(folded);
        assertThat(normalizer.normalize(PersonName.of(other, null)).tokens().getFirst().folded()).isEqualTo(folded);
    }

    @Test
    void pinyinSyllablesAreNeverParticles() {
        assertThat(normalizer.normalize(PersonName.of("ZHANG", "BIN FU"), "CHN").tokens())
                .noneMatch(NameToken::particle);
        assertThat(normalizer.normalize(PersonName.of("AL-TAMIMI", "BIN SALEH"), "SAU").tokens())
                .filteredOn(NameToken::particle).extracting(NameToken::latin).containsExactly("al", "bin");
    }

    @Test
    void pinyinIsComparedAsWrittenAndFoldsKeepMostSyllablesApart() {
        NameToken yiying = normalizer.normalize(PersonName.of("张", "一英"), null).tokens().get(1);
        assertThat(yiying.key()).isEqualTo("yiying");
        assertThat(yiying.folded()).isEqualTo("ing");
        assertThat(Folding.fold("zhang")).isNotEqualTo(Folding.fold("jiang"));
        assertThat(Folding.fold("xue")).isNotEqualTo(Folding.fold("xu"));
        assertThat(Folding.fold("zhou")).isNotEqualTo(Folding.fold("zhu"));
        assertThat(Folding.fold("lyu")).isNotEqualTo(Folding.fold("liu"));
        assertThat(Folding.fold("honghao")).isEqualTo("honghao");
        assertThat(Folding.fold("sukh")).isEqualTo("suh");

    }

    @Test
    void mrzAndCommaLayoutsTellSurnameFromGivenNames() {
        assertThat(normalizer.normalize(PersonName.fullName("BATBAYAR<<ODGEREL<TUYA")).tokens())
                .extracting(NameToken::role, NameToken::latin)
                .containsExactly(tuple(NameRole.SURNAME, "batbayar"),
                        tuple(NameRole.GIVEN, "odgerel"),
                        tuple(NameRole.GIVEN, "tuya"));
        assertThat(normalizer.normalize(PersonName.fullName("Müller, Hans Peter")).tokens())
                .extracting(NameToken::role).containsExactly(NameRole.SURNAME, NameRole.GIVEN, NameRole.GIVEN);
        assertThat(normalizer.normalize(PersonName.fullName("Hans Müller")).tokens()).extracting(NameToken::role)
                .containsOnly(NameRole.UNSPECIFIED);
    }

    @Test
    void particlesBeforeAWordWeighLittleButAreKept() {
        assertThat(normalizer.normalize(PersonName.of("van der Berg", null)).tokens())
                .extracting(NameToken::latin, NameToken::particle)
                .containsExactly(tuple("van", true),
                        tuple("der", true),
                        tuple("berg", false));
        assertThat(normalizer.normalize(PersonName.of("Le", "Van Thanh")).tokens().getFirst().particle()).isFalse();
    }
}
