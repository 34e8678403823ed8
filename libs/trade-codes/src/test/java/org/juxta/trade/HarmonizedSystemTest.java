package org.juxta.trade;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HarmonizedSystemTest {

    private final HarmonizedSystem hs = HarmonizedSystem.edition2022();

    @Test
    void isTheSameLoadedInstanceEveryTime() {
        assertThat(HarmonizedSystem.edition2022()).isSameAs(hs);
        assertThat(hs.edition()).isEqualTo("2022");
    }

    @Test
    void findsAChapter() {
        assertThat(hs.find("01")).contains(new HsCommodity("01", HsLevel.CHAPTER, "Animals; live", null));
    }

    @Test
    void findsAHeadingWithItsChapterAsParent() {
        assertThat(hs.find("0101")).contains(
                new HsCommodity("0101", HsLevel.HEADING, "Horses, asses, mules and hinnies; live", "01"));
    }

    @Test
    void findsASubheadingWithItsHeadingAsParent() {
        assertThat(hs.find("010121")).contains(
                new HsCommodity("010121", HsLevel.SUBHEADING, "Horses; live, pure-bred breeding animals", "0101"));
    }

    @Test
    void aHeadingWithoutSubdivisionIsItsOwnSubheadingEndingIn00() {
        assertThat(hs.find("040900")).get().extracting(HsCommodity::description, HsCommodity::parentCode)
                .containsExactly("Honey; natural", "0409");
        assertThat(hs.isSubheading("040900")).isTrue();
        assertThat(hs.isSubheading("0409")).isFalse();
    }

    @ParameterizedTest(name = "{0} exists: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            851713 | Telephone sets; smartphones for cellular or other wireless networks
            2404   | Products containing tobacco, reconstituted tobacco, nicotine, or tobacco or nicotine substitutes, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body
            852411 | Flat panel display modules, whether or not incorporating touch-sensitive screens; of liquid crystals, without drivers or control circuits
            854911 | Waste and scrap of lead-acid accumulators; spent lead-acid accumulators
            8806   | Unmanned aircraft
            880610 | Unmanned aircraft; for carriage of passengers
            """)
    void hasWhatHs2022Added(String code, String description) {
        assertThat(hs.find(code)).get().extracting(HsCommodity::description).isEqualTo(description);
    }

    @Test
    void hasNoLongerWhatHs2022Deleted() {
        // HS 2017's 8517.12 (telephones for cellular networks) became 8517.13 and 8517.14.
        assertThat(hs.find("851712")).isEmpty();
        assertThat(hs.isSubheading("851714")).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not found")
    @ValueSource(strings = {"999999", "9999", "99", "0100", "010120", "010100", "77", "7701", "98", "85.17", "8517x1",
            "8517 13", "", "8", "851", "85171", "8517130", "85171300"})
    void unknownOrMalformedCodesAreNotFound(String code) {
        assertThat(hs.find(code)).isEmpty();
        assertThat(hs.isSubheading(code)).isFalse();
        assertThat(hs.sectionOf(code)).isEmpty();
    }

    @Test
    void nullIsNotFound() {
        assertThat(hs.find(null)).isEmpty();
        assertThat(hs.isSubheading(null)).isFalse();
    }

    @Test
    void aOneDashGroupingWithFurtherSubdivisionsIsNotClassifiable() {
        // 0101.2 "Horses" is divided into 0101.21 and 0101.29: only those two are subheadings.
        assertThat(hs.isSubheading("010120")).isFalse();
        assertThat(hs.isSubheading("010121")).isTrue();
        assertThat(hs.isSubheading("010129")).isTrue();
    }

    @Test
    void countsAreThoseTheWcoPublishesForHs2022() {
        assertThat(hs.sections()).hasSize(21);
        assertThat(hs.chapters()).hasSize(96);
        assertThat(hs.commodities(HsLevel.HEADING)).hasSize(1228);
        assertThat(hs.commodities(HsLevel.SUBHEADING)).hasSize(5612);
    }

    @Test
    void chaptersRunFrom01To97WithoutTheReserved77() {
        List<String> codes = hs.chapters().stream().map(HsCommodity::code).toList();
        assertThat(codes).startsWith("01", "02").endsWith("96", "97").doesNotContain("77", "98", "99");
        assertThat(codes).isSorted();
    }

    @Test
    void everyHeadingIsDividedIntoAtLeastOneSubheading() {
        for (HsCommodity heading : hs.commodities(HsLevel.HEADING)) {
            assertThat(hs.commodities(HsLevel.SUBHEADING)).as(heading.code())
                    .anyMatch(subheading -> heading.code().equals(subheading.parentCode()));
        }
    }

    @Test
    void everySubheadingStartsWithItsHeadingAndEveryHeadingWithItsChapter() {
        for (HsLevel level : List.of(HsLevel.HEADING, HsLevel.SUBHEADING)) {
            for (HsCommodity commodity : hs.commodities(level)) {
                assertThat(commodity.code()).as(commodity.code()).startsWith(commodity.parentCode());
                assertThat(hs.find(commodity.parentCode())).as(commodity.code()).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0} is in section {1}")
    @CsvSource({"85, XVI", "8517, XVI", "851713, XVI", "84, XVI", "01, I", "040900, I", "15, III", "24, IV",
            "7601, XV", "78, XV", "880610, XVII", "93, XIX", "97, XXI"})
    void sectionOfAKnownCode(String code, String section) {
        assertThat(hs.sectionOf(code)).get().extracting(HsSection::number).isEqualTo(section);
    }

    @Test
    void sectionXviIsMachineryAndElectricalEquipmentInChapters84And85() {
        HsSection section = hs.sectionOf("85").orElseThrow();
        assertThat(section.firstChapter()).isEqualTo("84");
        assertThat(section.lastChapter()).isEqualTo("85");
        assertThat(section.description()).startsWith("Machinery and mechanical appliances; electrical equipment");
    }

    @Test
    void sectionsCoverTheChaptersInOrderWithoutGaps() {
        List<HsSection> sections = hs.sections();
        assertThat(sections).extracting(HsSection::number).containsExactly("I", "II", "III", "IV", "V", "VI", "VII",
                "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI");
        assertThat(sections).extracting(HsSection::firstChapter).containsExactly("01", "06", "15", "16", "25", "28",
                "39", "41", "44", "47", "50", "64", "68", "71", "72", "84", "86", "90", "93", "94", "97");
        assertThat(sections).extracting(HsSection::lastChapter).containsExactly("05", "14", "15", "24", "27", "38",
                "40", "43", "46", "49", "63", "67", "70", "71", "83", "85", "89", "92", "93", "96", "97");
    }

    @Test
    void sectionIiiHasItsHs2022Title() {
        assertThat(hs.sectionOf("15")).get().extracting(HsSection::description).asString()
                .startsWith("Animal, vegetable or microbial fats and oils");
    }

    @ParameterizedTest(name = "{1} under {0} is fine")
    @CsvSource({"851762, 85176200", "851762, 851762001", "851762, 8517620010", "040900, 04090000"})
    void aTariffLineOf8To10DigitsStartingWithTheSubheadingIsFine(String hsCode, String tariffLine) {
        assertThat(HarmonizedSystem.tariffLineProblem(hsCode, tariffLine)).isEmpty();
    }

    @ParameterizedTest(name = "{1} under {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            851762 | 85171300    | tariff line 85171300 does not start with HS code 851762
            851762 | 8517620     | tariff line 8517620 has 7 digits, it needs 8 to 10
            851762 | 85176200101 | tariff line 85176200101 has 11 digits, it needs 8 to 10
            851762 | 851762      | tariff line 851762 has 6 digits, it needs 8 to 10
            851762 | 8517620A    | tariff line 8517620A has 'A' at position 8, only digits are allowed
            851762 | 8517.62.00  | tariff line 8517.62.00 has '.' at position 5, only digits are allowed
            851762 | 85176200 1  | tariff line 85176200 1 has ' ' at position 9, only digits are allowed
            851762 | ''          | tariff line is empty, it needs 8 to 10 digits
            8517   | 85176200    | HS code 8517 is not six digits
            85176a | 85176200    | HS code 85176a is not six digits
            ''     | 85176200    | HS code (empty) is not six digits
            """)
    void aTariffLineProblemIsNamed(String hsCode, String tariffLine, String problem) {
        assertThat(HarmonizedSystem.tariffLineProblem(hsCode, tariffLine)).contains(problem);
    }
}
