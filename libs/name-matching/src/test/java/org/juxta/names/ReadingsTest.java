package org.juxta.names;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingsTest {

    private static List<String> readings(PersonName name, String nationality, int token) {
        PreparedQuery query = PreparedQuery.of(new ScreeningQuery(name, null, nationality));
        return query.readings(query.name().tokens().get(token)).stream().map(NameToken::latin).toList();
    }

    @Test
    void wadeGilesSyllablesAreReadAsThePinyinTheyCanStandFor() {
        assertThat(Readings.wadeGiles("hsiao")).containsExactly("xiao");
        assertThat(Readings.wadeGiles("chiang")).containsExactlyInAnyOrder("jiang", "qiang");
        assertThat(Readings.wadeGiles("tseng")).containsExactlyInAnyOrder("zeng", "ceng");
        assertThat(Readings.wadeGiles("jung")).containsExactly("rong");
        assertThat(Readings.wadeGiles("tzu")).containsExactlyInAnyOrder("zi", "ci");
    }

    @Test
    void aPinyinNameIsNotReadAsWadeGiles() {
        // Chen is also Zhen in Wade–Giles, but nothing in Chen Wei is Wade–Giles.
        assertThat(readings(PersonName.of("Chen", "Wei"), "CHN", 0)).isEmpty();
        assertThat(readings(PersonName.of("Chen", "Hsiao-wei"), "CHN", 0)).contains("zhen");
    }

    @Test
    void cyrillicReadingsFollowGermanAndScholarlyPractice() {
        assertThat(readings(PersonName.of("Tschernyschjow", "Wladimir"), "RUS", 0)).contains("chernyshyov");
        assertThat(readings(PersonName.of("Tschernyschjow", "Wladimir"), "RUS", 1)).contains("vladimir");
        assertThat(readings(PersonName.of("Cvetkova", "Ljubov"), "RUS", 0)).contains("tsvetkova");
        assertThat(readings(PersonName.of("Cvetkova", "Ljubov"), "DEU", 0)).isEmpty();
        // German sch is ш and ж alike.
        assertThat(readings(PersonName.of("Popowa", "Nadeschda"), "RUS", 1)).contains("nadeshda", "nadezhda");
    }

    @Test
    void iotatedEOfBgnAndGermanIsAlsoReadAsThePassportsE() {
        assertThat(readings(PersonName.of("Mikheyeva", "Yekaterina"), "RUS", 0)).contains("mikheeva");
        assertThat(readings(PersonName.of("Jelissejew", "Sergej"), "RUS", 0)).contains("eliseev");
    }

    @Test
    void singleWadeGilesSyllablesAndUmlautsShowTheSystem() {
        assertThat(readings(PersonName.of("Ho", "Lin"), "CHN", 0)).contains("he");
        assertThat(readings(PersonName.of("Feng", "Chün"), "CHN", 1)).contains("jun");
    }
}
