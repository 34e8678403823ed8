package org.juxta.names;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.juxta.names.Reason.Evidence;
import org.juxta.names.Reason.Field;
import org.juxta.vocabulary.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class NameMatcherTest {

    private static final Offset<Double> EXACTLY = within(1e-9);

    private final NameMatcher matcher = NameMatcher.instance();

    private static final AlertEntry BATBAYAR = new AlertEntry("mn-1", PersonName.of("Батбаяр", "Одгэрэл"),
            PartialDate.of(1988, 4, 12), "MNG");
    private static final AlertEntry BATBAYAR_TWO_GIVEN = new AlertEntry("mn-2",
            PersonName.of("Батбаяр", "Одгэрэл Туяа"), null, null);

    private Match match(PersonName name, AlertEntry entry) {
        return matcher.match(ScreeningQuery.of(name), entry);
    }

    /** The name score alone: the helper's queries have no date of birth, which costs the same everywhere. */
    private double nameScore(PersonName name, AlertEntry entry) {
        return matcher.score(PreparedQuery.of(ScreeningQuery.of(name)), PreparedEntry.of(entry)).alignment().score();
    }

    private static double nameScore(Match match) {
        return match.score() - DateOfBirthRule.NOT_COMPARED;
    }

    private static Reason reason(Match match, Field field) {
        return match.reasons().stream().filter(reason -> reason.field() == field).findFirst().orElseThrow();
    }

    @Test
    void passportSpellingOfACyrillicEntryMatchesFullyAndSaysHow() {
        Match match = matcher.match(new ScreeningQuery(PersonName.of("BATBAYAR", "ODGEREL"), PartialDate.of(1988),
                "MNG"), BATBAYAR);

        assertThat(match.entryId()).isEqualTo("mn-1");
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.reasons()).extracting(Reason::text).containsExactly(
                "surname 'BATBAYAR' ≈ 'Батбаяр' (transliterated 'batbayar', same after transliteration, 1.00)",
                "given name 'ODGEREL' ≈ 'Одгэрэл' (transliterated 'odgerel', same after transliteration, 1.00)",
                "date of birth 1988 agrees with 1988-04-12 (year only, +0.03)", "nationality MNG = MNG (+0.03)");
        assertThat(match.reasons()).extracting(Reason::field, Reason::evidence).containsExactly(
                tuple(Field.SURNAME, Evidence.TRANSLITERATION),
                tuple(Field.GIVEN_NAME, Evidence.TRANSLITERATION),
                tuple(Field.DATE_OF_BIRTH, Evidence.DATE_AGREES),
                tuple(Field.NATIONALITY, Evidence.NATIONALITY_SAME));
    }

    @Test
    void sameScriptSameLettersIsExact() {
        Match match = match(PersonName.of("Батбаяр", "Одгэрэл"), BATBAYAR);

        assertThat(nameScore(match)).isCloseTo(1.0, EXACTLY);
        assertThat(reason(match, Field.SURNAME).evidence()).isEqualTo(Evidence.EXACT);
    }

    @Test
    void aTypoCostsByTheLengthOfTheName() {
        Match match = match(PersonName.of("BATVAYAR", "ODGEREL"), BATBAYAR);

        // One substitution in 8 letters: similarity 0.90; name score (0.90 + 1) / 2.
        assertThat(nameScore(match)).isCloseTo(0.95, EXACTLY);
        Reason surname = reason(match, Field.SURNAME);
        assertThat(surname.evidence()).isEqualTo(Evidence.TYPO);
        assertThat(surname.value()).isCloseTo(0.90, EXACTLY);
        assertThat(surname.text()).contains("typing error, 1 edit");
    }

    @Test
    void moreTyposThanTheLengthToleratesMakeADifferentName() {
        // Odgerel, 7 letters, tolerates 1.5 edits: a letter too many and a vowel. A consonant and a vowel both
        // replaced, or two consonants and a vowel, make another name.
        assertThat(nameScore(PersonName.of("BATBAYAR", "ODGIREKL"), BATBAYAR)).isCloseTo(0.925, EXACTLY);
        assertThat(nameScore(PersonName.of("BATBAYAR", "OTGERIL"), BATBAYAR)).isCloseTo(1 / 3.0, EXACTLY);
        assertThat(nameScore(PersonName.of("BATBAYAR", "OTKERIL"), BATBAYAR)).isCloseTo(1 / 3.0, EXACTLY);
    }

    @Test
    void aConsonantReplacedBesideARomanisationVariantMakesAnotherName() {
        AlertEntry ivanova = new AlertEntry("ru-9", PersonName.of("IVANOVA", "NATALIA"), null, "RUS");

        // Panova: p for v and the i of Ivanova left out; Popova: p for v and o for a. Both are common surnames.
        assertThat(nameScore(PersonName.of("PANOVA", "NATALIA"), ivanova)).isCloseTo(1 / 3.0, EXACTLY);
        assertThat(nameScore(PersonName.of("IVANOPA", "NATALIA"), ivanova)).isCloseTo(0.95, EXACTLY);
    }

    @Test
    void namesSoundAlikeByTheirWholeSoundNotTheirFirstSyllables() {
        AlertEntry erdenebaatar = new AlertEntry("mn-9", PersonName.of("ERDENEBAATAR", "BILGUUN"), null, "MNG");

        assertThat(nameScore(PersonName.of("ERDENEBAT", "BILGUUN"), erdenebaatar)).isCloseTo(1 / 3.0, EXACTLY);
    }

    @Test
    void vowelEditsCountHalf() {
        // A vowel for a vowel in Batbayar costs half an edit: 0.95.
        Match match = match(PersonName.of("BATBOYAR", "ODGEREL"), BATBAYAR);

        assertThat(nameScore(match)).isCloseTo(0.975, EXACTLY);
        assertThat(reason(match, Field.SURNAME).text()).contains("0.5 edits, vowel for vowel counting half");
    }

    @Test
    void swappedSurnameAndGivenNameStillMatchAtASmallCost() {
        Match match = match(PersonName.of("ODGEREL", "BATBAYAR"), BATBAYAR);

        assertThat(nameScore(match)).isCloseTo(0.97, EXACTLY);
        assertThat(reason(match, Field.NAME_ORDER).evidence()).isEqualTo(Evidence.SWAPPED);
        assertThat(match.reasons()).extracting(Reason::text)
                .contains("surname and given names swapped (name score × 0.97)");
    }

    @Test
    void aFullNameInEitherOrderIsNotASwap() {
        assertThat(nameScore(PersonName.fullName("Odgerel Batbayar"), BATBAYAR)).isEqualTo(1.0);
        assertThat(nameScore(PersonName.fullName("Batbayar Odgerel"), BATBAYAR)).isEqualTo(1.0);
    }

    @Test
    void aMissingGivenNameCostsAQuarterOfAToken() {
        Match match = match(PersonName.of("BATBAYAR", "ODGEREL"), BATBAYAR_TWO_GIVEN);

        assertThat(nameScore(match)).isCloseTo(2 / 2.25, EXACTLY);
        assertThat(match.reasons()).filteredOn(reason -> reason.evidence() == Evidence.MISSING_IN_QUERY)
                .extracting(Reason::text).containsExactly("given name 'Туяа' of the entry is not in the query");
    }

    @Test
    void anExtraGivenNameCostsAQuarterOfAToken() {
        Match match = match(PersonName.of("BATBAYAR", "ODGEREL TUYA BOLOR"), BATBAYAR_TWO_GIVEN);

        assertThat(nameScore(match)).isCloseTo(3 / 3.25, EXACTLY);
        assertThat(match.reasons()).filteredOn(reason -> reason.evidence() == Evidence.MISSING_IN_ENTRY)
                .extracting(Reason::query).containsExactly("BOLOR");
    }

    @Test
    void aSecondMissingGivenNameCostsAFullToken() {
        AlertEntry threeGiven = new AlertEntry("fr-1", PersonName.of("Mercier", "Sebastien Benoit Francois"), null,
                "FRA");

        // One given name left out costs a quarter, the next a full token: 2 / (2 + 0.25 + 1).
        assertThat(nameScore(PersonName.of("MERCIER", "FRANCOIS"), threeGiven)).isCloseTo(2 / 3.25, EXACTLY);
        assertThat(nameScore(PersonName.of("MERCIER", "SEBASTIEN FRANCOIS"), threeGiven))
                .isCloseTo(3 / 3.25, EXACTLY);
    }

    @Test
    void aPartOfANameWrittenWithAHyphenIsAnotherName() {
        AlertEntry jeanPierre = new AlertEntry("fr-1", PersonName.of("Durand", "Jean-Pierre"), null, "FRA");
        AlertEntry enkhBayar = new AlertEntry("mn-6", PersonName.of("Батболд", "Энх-Баяр"), null, "MNG");

        // Pierre alone is someone else: the left-out part costs a full token, 2 / (2 + 1).
        assertThat(nameScore(PersonName.of("DURAND", "PIERRE"), jeanPierre)).isCloseTo(2 / 3.0, EXACTLY);
        assertThat(nameScore(PersonName.of("BATBOLD", "BAYAR"), enkhBayar)).isCloseTo(2 / 3.0, EXACTLY);
        assertThat(NameMatcher.instance().match(ScreeningQuery.of(PersonName.of("DURAND", "PIERRE")), jeanPierre)
                .reasons()).filteredOn(reason -> reason.evidence() == Evidence.DIFFERENT).singleElement()
                .extracting(Reason::entry).isEqualTo("Jean");
        // Written with a space, as the MRZ does, or as one word, it is the same name.
        assertThat(nameScore(PersonName.of("DURAND", "JEAN PIERRE"), jeanPierre)).isCloseTo(1.0, EXACTLY);
        assertThat(nameScore(PersonName.of("DURAND", "JEANPIERRE"), jeanPierre)).isCloseTo(1.0, EXACTLY);
        assertThat(nameScore(PersonName.of("BATBOLD", "ENKHBAYAR"), enkhBayar)).isCloseTo(1.0, EXACTLY);
        // A given name left out where no hyphen binds it still costs a quarter.
        AlertEntry twoGiven = new AlertEntry("fr-2", PersonName.of("Durand", "Jean Pierre"), null, "FRA");
        assertThat(nameScore(PersonName.of("DURAND", "PIERRE"), twoGiven)).isCloseTo(2 / 2.25, EXACTLY);
    }

    @Test
    void twoEditsInALongCompoundNameMakeAnotherName() {
        AlertEntry munkhchimeg = new AlertEntry("mn-3", PersonName.of("Oyuunerdene", "Munkhchimeg"), null, "MNG");

        // Two consonants changed in 11 letters, beyond the 1.5 tolerated.
        assertThat(nameScore(PersonName.of("OYUUNERDENE", "MUNKHCHINED"), munkhchimeg)).isLessThan(0.6);
        assertThat(nameScore(PersonName.of("OYUUNERDENE", "MUNKHCHIMEK"), munkhchimeg)).isGreaterThan(0.9);
    }

    @Test
    void aDifferentGivenNameIsADifferentPerson() {
        Match match = match(PersonName.of("BATBAYAR", "BOLOR"), BATBAYAR);

        // Both sides have an unpaired word: each costs a full token, 1 / (1 + 1 + 1).
        assertThat(nameScore(match)).isCloseTo(1 / 3.0, EXACTLY);
        assertThat(match.reasons()).filteredOn(reason -> reason.evidence() == Evidence.DIFFERENT).hasSize(2);
    }

    @Test
    void similarMongolianNamesAreNotTypos() {
        assertThat(nameScore(PersonName.of("BATBOLD", "ODGEREL"), BATBAYAR)).isLessThan(0.5);
        assertThat(nameScore(PersonName.of("BATBAYAR", "ODONCHIMEG"), BATBAYAR)).isLessThan(0.5);
    }

    @Test
    void mongolianVowelsWrittenEitherWayAndHyphensWrittenAnyWay() {
        AlertEntry entry = new AlertEntry("mn-3", PersonName.of("Мөнх-Эрдэнэ", "Өлзийбат"), null, "MNG");

        for (PersonName written : List.of(PersonName.of("MUNKH-ERDENE", "ULZIIBAT"),
                PersonName.of("MUNKHERDENE", "OLZIIBAT"), PersonName.of("MONKH ERDENE", "ULZIIBAT"))) {
            Match match = match(written, entry);
            assertThat(match.score()).as(written.toString()).isGreaterThanOrEqualTo(0.9);
        }
        Match joined = match(PersonName.of("MUNKHERDENE", "OLZIIBAT"), entry);
        assertThat(reason(joined, Field.SURNAME).text()).contains("written as one word").contains("vowels differ");
    }

    @Test
    void chineseCharactersMatchThePassportPinyinInEitherOrder() {
        AlertEntry entry = new AlertEntry("cn-1", PersonName.fullName("王小明"), PartialDate.of(1990, 1, 2), "CHN");

        assertThat(nameScore(PersonName.of("WANG", "XIAOMING"), entry)).isEqualTo(1.0);
        assertThat(nameScore(PersonName.fullName("Xiaoming Wang"), entry)).isEqualTo(1.0);
        assertThat(nameScore(PersonName.of("XIAOMING", "WANG"), entry)).isCloseTo(0.97, EXACTLY);
        assertThat(nameScore(PersonName.of("Wang", "Xiao-Ming"), entry)).isEqualTo(1.0);
        Match han = match(PersonName.of("王", "小明"), entry);
        assertThat(reason(han, Field.GIVEN_NAME).evidence()).isEqualTo(Evidence.EXACT);
    }

    @Test
    void pinyinSyllablesDifferingInAVowelAreDifferentNames() {
        AlertEntry entry = new AlertEntry("cn-4", PersonName.of("陈", "红霞"), null, "CHN");

        assertThat(nameScore(PersonName.of("CHEN", "HONGXUE"), entry)).isLessThan(0.5);
        assertThat(nameScore(PersonName.of("CHEN", "HONGXIA"), entry)).isEqualTo(1.0);
        // A typing error is still one.
        assertThat(nameScore(PersonName.of("CHEN", "HONGXIE"), entry)).isGreaterThan(0.9);
    }

    @Test
    void distinctChineseSurnamesDoNotPair() {
        AlertEntry zhang = new AlertEntry("cn-2", PersonName.of("张", "伟"), null, "CHN");

        assertThat(nameScore(PersonName.of("JIANG", "WEI"), zhang)).isLessThan(0.5);
        assertThat(match(PersonName.of("LI", "WEI"), new AlertEntry("cn-3", PersonName.of("刘", "伟"), null, null))
                .score()).isLessThan(0.5);
    }

    @Test
    void arabicScriptMatchesLatinSpellingsByDictionaryOrConsonants() {
        AlertEntry entry = new AlertEntry("ar-1", PersonName.of("التميمي", "محمد عبد الله"), PartialDate.of(1975),
                "SAU");

        Match match = match(PersonName.of("AL-TAMIMI", "MOHAMMED ABDULLAH"), entry);

        assertThat(nameScore(match)).isGreaterThan(0.9);
        assertThat(match.reasons()).filteredOn(reason -> reason.query().equals("TAMIMI")).singleElement()
                .satisfies(reason -> assertThat(reason.text()).isEqualTo(
                        "surname 'TAMIMI' ≈ 'تميمي' (transliterated 'tmimi', same consonants 'tmm', 0.90)"));
        assertThat(match.reasons()).filteredOn(reason -> reason.query().equals("MOHAMMED")).singleElement()
                .extracting(Reason::evidence).isEqualTo(Evidence.VOWELS);
        assertThat(nameScore(PersonName.of("Tamimi", "Muhammad Abdallah"), entry)).isGreaterThan(0.85);
    }

    @Test
    void arabicWithoutVowelMarksFallsBackOnItsConsonants() {
        AlertEntry entry = new AlertEntry("ar-2", PersonName.of("الدوسري", "فيصل"), null, null);

        Match match = match(PersonName.of("AL-DAWSARI", "FAISAL"), entry);

        assertThat(match.reasons()).filteredOn(reason -> reason.query().equals("DAWSARI")).singleElement()
                .satisfies(surname -> {
                    assertThat(surname.evidence()).isEqualTo(Evidence.CONSONANTS);
                    assertThat(surname.value()).isEqualTo(TokenSimilarity.SAME_CONSONANTS);
                    assertThat(surname.text()).contains("transliterated 'dusri'", "same consonants 'dsr'");
                });
        assertThat(match.score()).isGreaterThan(0.9);
    }

    @Test
    void anEntryWithoutADateOfBirthHitsOnANameThatCarriesTheHitAlone() {
        AlertEntry undated = new AlertEntry("ru-10", PersonName.of("SOKOLOVA", "SVETLANA"), null, "RUS");
        PartialDate born = PartialDate.of(1947, 6, 11);

        Match exact = matcher.match(new ScreeningQuery(PersonName.of("SOKOLOVA", "SVETLANA"), born, "RUS"), undated);
        Match typo = matcher.match(new ScreeningQuery(PersonName.of("SOKOLOVA", "SVETLAMA"), born, "RUS"), undated);
        Match searchByName = matcher.match(new ScreeningQuery(PersonName.of("SOKOLOVA", "SVETLAMA"), null, "RUS"),
                undated);

        assertThat(exact.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        // One edit in 8 letters: name score 0.95, and 0.6 of the 0.05 it misses on top of the 0.05 for no date.
        assertThat(typo.score()).isCloseTo(0.95 - 0.05 - 0.03 + 0.03, EXACTLY);
        assertThat(reason(typo, Field.DATE_OF_BIRTH).text()).contains("(-0.05, and -0.03 as the name");
        // A search without a date is not held to it.
        assertThat(searchByName.score()).isCloseTo(0.95 - 0.05 + 0.03, EXACTLY);
    }

    @Test
    void arabicConsonantsReadAsTheScriptWritesThem() {
        AlertEntry juma = new AlertEntry("ar-3", PersonName.of("جمعه", "نجيب"), null, null);
        AlertEntry shihata = new AlertEntry("ar-4", PersonName.of("شحاته", "ثروت"), null, null);

        // A final ه after a consonant is also the feminine ending -a; two consonants alike count once, the
        // script showing no vowel between them (sh-h-t).
        assertThat(reason(match(PersonName.of("JUMA", "NAJIB"), juma), Field.SURNAME).value())
                .isEqualTo(TokenSimilarity.SAME_TWO_CONSONANTS);
        assertThat(reason(match(PersonName.of("SHIHATA", "THARWAT"), shihata), Field.SURNAME).value())
                .isEqualTo(TokenSimilarity.SAME_CONSONANTS);
    }

    @Test
    void anArabicHSecondInAWordIsNotReadAsADigraph() {
        AlertEntry zahrani = new AlertEntry("ar-5", PersonName.of("الزهراني", "طه"), null, null);
        AlertEntry azhar = new AlertEntry("ar-6", PersonName.of("الأزهر", "عادل"), null, null);

        // ز and ه second in the word are Zah-, not the zh of Zhanna; further in, Latin writes them as one (Azhar).
        assertThat(nameScore(PersonName.of("AL-ZAHRANI", "TAHA"), zahrani)).isEqualTo(1.0);
        assertThat(reason(match(PersonName.of("AL-AZHAR", "ADEL"), azhar), Field.SURNAME).value())
                .isGreaterThanOrEqualTo(TokenSimilarity.SAME_CONSONANTS);
    }

    @Test
    void germanUmlautsWrittenTheIcaoWay() {
        AlertEntry entry = new AlertEntry("de-1", PersonName.of("Müller", "Jürgen"), null, "DEU");

        assertThat(nameScore(PersonName.of("MUELLER", "JUERGEN"), entry)).isGreaterThanOrEqualTo(0.9);
        assertThat(nameScore(PersonName.of("MULLER", "JURGEN"), entry)).isEqualTo(1.0);
    }

    @Test
    void partialDatesOfBirthAgreeAtTheirPrecision() {
        assertThat(dateEffect(PartialDate.of(1988, 4, 12))).isEqualTo(DateOfBirthRule.AGREES_TO_DAY);
        assertThat(dateEffect(PartialDate.of(1988, 4))).isEqualTo(DateOfBirthRule.AGREES_TO_MONTH);
        assertThat(dateEffect(PartialDate.of(1988))).isEqualTo(DateOfBirthRule.AGREES_TO_YEAR);
        assertThat(dateEffect(PartialDate.of(1988, 4, 13))).isEqualTo(DateOfBirthRule.NEAR);
        assertThat(dateEffect(PartialDate.of(1988, 12, 4))).isEqualTo(DateOfBirthRule.NEAR);
        assertThat(dateEffect(PartialDate.of(1989))).isEqualTo(DateOfBirthRule.NEAR);
        assertThat(dateEffect(PartialDate.of(1979, 1, 2))).isEqualTo(DateOfBirthRule.CONTRADICTS);
        assertThat(dateEffect(PartialDate.of(1987, 11))).isEqualTo(DateOfBirthRule.CONTRADICTS);
        assertThat(dateEffect(PartialDate.of(1988, 4, 21))).isEqualTo(DateOfBirthRule.NEAR);
        assertThat(dateEffect(PartialDate.of(1988, 4, 18))).isEqualTo(DateOfBirthRule.NEAR);
        // Another month or another decade is another date, however few digits differ.
        assertThat(dateEffect(PartialDate.of(1988, 7))).isEqualTo(DateOfBirthRule.CONTRADICTS);
        assertThat(dateEffect(PartialDate.of(1998))).isEqualTo(DateOfBirthRule.CONTRADICTS);
        assertThat(dateEffect(PartialDate.of(1987, 4, 12))).isEqualTo(DateOfBirthRule.NEAR);
        assertThat(dateEffect(null)).isEqualTo(DateOfBirthRule.NOT_COMPARED);
        // An MRZ may know the day but not the month, or nothing of the year: only the parts from the year on count.
        assertThat(dateEffect(new PartialDate(1988, 0, 12))).isEqualTo(DateOfBirthRule.AGREES_TO_YEAR);
        assertThat(dateEffect(new PartialDate(0, 4, 12))).isEqualTo(DateOfBirthRule.NOT_COMPARED);
    }

    private double dateEffect(PartialDate dateOfBirth) {
        Match match = matcher.match(new ScreeningQuery(PersonName.of("BATBOLD", "TUYA"), dateOfBirth, null),
                BATBAYAR);
        return reason(match, Field.DATE_OF_BIRTH).value();
    }

    @Test
    void aWrongDateOfBirthTakesAnExactNameBelowTheThreshold() {
        Match right = matcher.match(new ScreeningQuery(PersonName.of("BATBAYAR", "ODGEREL"),
                PartialDate.of(1988, 4, 12), null), BATBAYAR);
        Match wrong = matcher.match(new ScreeningQuery(PersonName.of("BATBAYAR", "ODGEREL"),
                PartialDate.of(1979, 1, 2), null), BATBAYAR);

        assertThat(right.score()).isEqualTo(1.0);
        assertThat(wrong.score()).isCloseTo(0.70, EXACTLY).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(reason(wrong, Field.DATE_OF_BIRTH).text())
                .isEqualTo("date of birth 1979-01-02 contradicts 1988-04-12 (to the day, -0.30)");
    }

    @Test
    void nationalityWeighsInALittle() {
        PersonName typo = PersonName.of("BATVAYAR", "ODGEREL");

        double unknown = matcher.match(new ScreeningQuery(typo, null, null), BATBAYAR).score();
        double same = matcher.match(new ScreeningQuery(typo, null, "MNG"), BATBAYAR).score();
        double different = matcher.match(new ScreeningQuery(typo, null, "CHN"), BATBAYAR).score();

        assertThat(same - unknown).isCloseTo(NameMatcher.SAME_NATIONALITY, EXACTLY);
        assertThat(different - unknown).isCloseTo(NameMatcher.DIFFERENT_NATIONALITY, EXACTLY);
        assertThat(reason(matcher.match(new ScreeningQuery(typo, null, "CHN"), BATBAYAR), Field.NATIONALITY).text())
                .isEqualTo("nationality CHN ≠ MNG (-0.05)");
    }

    @Test
    void theBestAliasCounts() {
        AlertEntry entry = new AlertEntry("mn-4",
                List.of(PersonName.of("Дорж", "Ганбаатар"), PersonName.of("Bold", "Gansukh")), null, null);

        assertThat(nameScore(PersonName.of("BOLD", "GANSUKH"), entry)).isEqualTo(1.0);
        assertThat(nameScore(PersonName.of("DORJ", "GANBAATAR"), entry)).isEqualTo(1.0);
    }

    @Test
    void particlesWeighLittle() {
        AlertEntry entry = new AlertEntry("nl-1", PersonName.of("van der Berg", "Jan"), null, null);

        // Two particles of weight 0.2 left out of the query cost a quarter each: (1 + 1) / (2 + 2 × 0.2 × 0.25).
        assertThat(nameScore(PersonName.of("Berg", "Jan"), entry)).isCloseTo(2 / 2.1, EXACTLY);
        assertThat(nameScore(PersonName.of("Vanderberg", "Jan"), entry)).isEqualTo(1.0);
    }

    @Test
    void scoringIsDeterministic() {
        ScreeningQuery query = new ScreeningQuery(PersonName.fullName("ODGEREL BATBAYR TUYA"), PartialDate.of(1988, 4),
                "MNG");

        assertThat(matcher.match(query, BATBAYAR_TWO_GIVEN)).isEqualTo(matcher.match(query, BATBAYAR_TWO_GIVEN));
    }

    private static final AlertEntry GANTULGA = new AlertEntry("mn-3", PersonName.of("Гантулга", "Батсүх"),
            PartialDate.of(1960, 5, 1), "MNG");

    @Test
    void aSingleRecordedNameMatchesWhenDateOfBirthAndNationalityAgree() {
        Match mononym = matcher.match(new ScreeningQuery(PersonName.of("BATSUKH", null), PartialDate.of(1960, 5, 1),
                "MNG"), GANTULGA);
        Match givenOnly = matcher.match(new ScreeningQuery(PersonName.of(null, "Batsukh"), PartialDate.of(1960, 5, 1),
                "MNG"), GANTULGA);

        assertThat(mononym.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(givenOnly.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(givenOnly.reasons()).extracting(Reason::evidence).contains(Evidence.SINGLE_NAME,
                Evidence.MISSING_IN_QUERY);
        assertThat(givenOnly.explanation()).contains("the query has a single name");
    }

    @Test
    void aSingleRecordedNameAloneIsNotEnoughWithoutTheFullDateAndNationality() {
        Match yearOnly = matcher.match(new ScreeningQuery(PersonName.of("BATSUKH", null), PartialDate.of(1960),
                "MNG"), GANTULGA);
        Match noNationality = matcher.match(new ScreeningQuery(PersonName.of("BATSUKH", null),
                PartialDate.of(1960, 5, 1), null), GANTULGA);
        Match otherName = matcher.match(new ScreeningQuery(PersonName.of("BATBOLD", null), PartialDate.of(1960, 5, 1),
                "MNG"), GANTULGA);
        // A single name leaves out no middle name: the entry's given name left out costs a full name, not a quarter.
        Match yearApart = matcher.match(new ScreeningQuery(PersonName.of("BATSUKH", null), PartialDate.of(1961, 5, 1),
                "MNG"), GANTULGA);

        assertThat(yearOnly.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(noNationality.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(otherName.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(yearApart.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(yearOnly.reasons()).extracting(Reason::evidence).doesNotContain(Evidence.SINGLE_NAME);
    }

    private static final AlertEntry GARCIA_LOPEZ = new AlertEntry("es-1",
            PersonName.of("García López", "José Antonio"), PartialDate.of(1970, 5, 5), "ESP");

    @Test
    void aHispanicNameWithoutItsSecondSurnameAndSecondGivenNameMatches() {
        Match match = matcher.match(new ScreeningQuery(PersonName.of("GARCIA", "JOSE"), PartialDate.of(1970, 5, 5),
                "ESP"), GARCIA_LOPEZ);

        assertThat(match.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(match.explanation()).contains("surname 'López' of the entry is not in the query",
                "given name 'Antonio' of the entry is not in the query");
    }

    @Test
    void onlyTheSecondSurnameMayBeLeftOutCheaply() {
        Match secondOnly = matcher.match(new ScreeningQuery(PersonName.of("LOPEZ", "JOSE"),
                PartialDate.of(1970, 5, 5), "ESP"), GARCIA_LOPEZ);
        Match otherGiven = matcher.match(new ScreeningQuery(PersonName.of("GARCIA", "MANUEL"),
                PartialDate.of(1970, 5, 5), "ESP"), GARCIA_LOPEZ);

        assertThat(secondOnly.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(otherGiven.score()).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    private double score(PersonName query, String nationality, AlertEntry entry) {
        return matcher.match(new ScreeningQuery(query, entry.dateOfBirth(), nationality), entry).score();
    }

    @Test
    void cyrillicRomanisedByGermanScholarlyOrIso9PracticeMatches() {
        AlertEntry chernyshev = new AlertEntry("ru-1", PersonName.of("Чернышёв", "Владимир Иванович"),
                PartialDate.of(1988, 4, 12), "RUS");
        AlertEntry khokhlova = new AlertEntry("ru-2", PersonName.of("Хохлова", "Любовь"), PartialDate.of(1975, 3, 28),
                "RUS");
        AlertEntry tsygankov = new AlertEntry("ru-3", PersonName.of("Цыганов", "Алексей"), PartialDate.of(1961, 6, 13),
                "RUS");
        AlertEntry chuluunbaatar = new AlertEntry("mn-4", PersonName.of("Чулуунбаатар", "Цэцэгмаа"),
                PartialDate.of(1996, 6, 1), "MNG");

        assertThat(score(PersonName.of("Tschernyschjow", "Wladimir"), "RUS", chernyshev))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.of("Xoxlova", "Ljubov"), "RUS", khokhlova))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.of("Czyganov", "Aleksej"), "RUS", tsygankov))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.of("Čuluunbaatar", "Cècègmaa"), "MNG", chuluunbaatar))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void otherRomanisationsAreTriedOnlyForTheNationalitiesThatNeedThem() {
        AlertEntry tsimmer = new AlertEntry("x-1", PersonName.of("Tsimmer", "Vladimir"), PartialDate.of(1970, 1, 2),
                null);

        assertThat(score(PersonName.of("Zimmer", "Wladimir"), "DEU", tsimmer))
                .isLessThan(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.of("Zimmer", "Wladimir"), "RUS", tsimmer))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void wadeGilesIsReadAsPinyinSyllables() {
        AlertEntry jiang = new AlertEntry("cn-1", PersonName.of("Jiang", "Rongqiang"), PartialDate.of(1998, 12, 4),
                "CHN");
        AlertEntry xiao = new AlertEntry("cn-2", PersonName.fullName("肖红"), PartialDate.of(2001, 3, 10), "CHN");

        assertThat(score(PersonName.of("Chiang", "Jung-chiang"), "CHN", jiang))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.of("Hsiao", "Hung"), "CHN", xiao))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void fathersAndGrandfathersNamesLeftOutOfALongNameCostAsGivenNames() {
        AlertEntry subaiy = new AlertEntry("qa-1", PersonName.fullName("KHALIFA MUHAMMAD TURKI AL-SUBAIY"),
                PartialDate.of(1965, 1, 1), "QAT");
        AlertEntry mercier = new AlertEntry("fr-1", PersonName.of("Mercier", "Sebastien Benoit Francois"),
                PartialDate.of(1965, 1, 1), "FRA");

        assertThat(score(PersonName.fullName("Khalifa Al-Subayi"), "QAT", subaiy))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        // Not at the end of the chain: two given names left out after the one kept are another person.
        assertThat(score(PersonName.of("Mercier", "Sebastien"), "FRA", mercier))
                .isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void shortArabicWordsCountBySomeOfTheirConsonantsInAFullName() {
        AlertEntry qusay = new AlertEntry("iq-1", PersonName.fullName("QUSAY SADDAM HUSSEIN AL-TIKRITI"),
                PartialDate.of(1965, 8, 28), "IRQ");
        AlertEntry qusayAlone = new AlertEntry("iq-2", PersonName.fullName("QUSAY"), PartialDate.of(1965, 8, 28),
                "IRQ");

        assertThat(score(PersonName.fullName("قصي صدام حسين التكريتي"), "IRQ", qusay))
                .isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(score(PersonName.fullName("قصي"), "IRQ", qusayAlone)).isLessThan(NameMatcher.DEFAULT_THRESHOLD);
    }

    @Test
    void mohdIsMuhammad() {
        AlertEntry subaiy = new AlertEntry("qa-1", PersonName.fullName("KHALIFA MUHAMMAD TURKI AL-SUBAIY"),
                PartialDate.of(1965, 1, 1), "QAT");

        Match match = matcher.match(new ScreeningQuery(PersonName.fullName("Khalifa Mohd Turki Alsubaie"),
                PartialDate.of(1965, 1, 1), "QAT"), subaiy);

        assertThat(match.score()).isGreaterThanOrEqualTo(NameMatcher.DEFAULT_THRESHOLD);
        assertThat(match.explanation()).contains("name 'Mohd' ≈ 'MUHAMMAD' (query transliterated 'muhammad'");
    }
}
