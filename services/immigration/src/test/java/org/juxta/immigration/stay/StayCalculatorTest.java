package org.juxta.immigration.stay;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.juxta.immigration.crossing.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juxta.immigration.crossing.Direction.ENTRY;
import static org.juxta.immigration.crossing.Direction.EXIT;

class StayCalculatorTest {

    private static final ZoneId ULAANBAATAR = ZoneId.of("Asia/Ulaanbaatar");
    private static final StayRule RULE = new StayRule(90, 180, Set.of("MNG"), ULAANBAATAR);

    private final List<CrossingEvent> crossings = new ArrayList<>();

    @Test
    void entryAndExitDaysBothCount() {
        cross(ENTRY, "2026-03-01");
        cross(EXIT, "2026-03-10");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-06-01"), RULE);

        assertThat(result.daysUsed()).isEqualTo(10);
        assertThat(result.daysRemaining()).isEqualTo(80);
        assertThat(result.present()).isFalse();
        assertThat(result.stays()).singleElement()
                .satisfies(stay -> assertThat(stay.from()).isEqualTo(LocalDate.parse("2026-03-01")))
                .satisfies(stay -> assertThat(stay.to()).isEqualTo(LocalDate.parse("2026-03-10")))
                .satisfies(stay -> assertThat(stay.days()).isEqualTo(10));
    }

    @Test
    void onlyDaysInsideTheWindowCount() {
        cross(ENTRY, "2026-01-01");
        cross(EXIT, "2026-01-31");
        cross(ENTRY, "2026-05-01");
        cross(EXIT, "2026-05-20");

        // The window of 180 days ending on 2026-07-15 starts on 2026-01-17.
        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-07-15"), RULE);

        assertThat(result.windowStart()).isEqualTo(LocalDate.parse("2026-01-17"));
        assertThat(result.stays()).extracting(StayPeriod::days).containsExactly(15, 20);
        assertThat(result.daysUsed()).isEqualTo(35);
    }

    @Test
    void aTravellerStillPresentCountsUpToTheDateAskedAbout() {
        cross(ENTRY, "2026-02-01");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-05-10"), RULE);

        assertThat(result.present()).isTrue();
        assertThat(result.daysUsed()).isEqualTo(99);
        assertThat(result.overstayDays()).isEqualTo(9);
        assertThat(result.daysRemaining()).isZero();
        assertThat(result.stays().getFirst().exitCrossingId()).isNull();
    }

    @Test
    void anExitAndAReEntryOnTheSameDayAreOneDay() {
        cross(ENTRY, "2026-04-01");
        cross(EXIT, "2026-04-05");
        cross(ENTRY, "2026-04-05");
        cross(EXIT, "2026-04-06");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-04-30"), RULE);

        assertThat(result.stays()).hasSize(2);
        assertThat(result.daysUsed()).isEqualTo(6);
    }

    @Test
    void daysAreCountedInTheRulesTimeZone() {
        // 23:30 UTC on 1 March is 07:30 on 2 March in Ulaanbaatar.
        crossings.add(new CrossingEvent(UUID.randomUUID(), ENTRY,
                LocalDate.parse("2026-03-01").atTime(23, 30).toInstant(java.time.ZoneOffset.UTC)));
        cross(EXIT, "2026-03-02");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-03-31"), RULE);

        assertThat(result.stays().getFirst().from()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(result.daysUsed()).isEqualTo(1);
    }

    @Test
    void crossingsAfterTheDateAskedAboutAreIgnored() {
        cross(ENTRY, "2026-03-01");
        cross(EXIT, "2026-03-20");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-03-10"), RULE);

        assertThat(result.present()).isTrue();
        assertThat(result.daysUsed()).isEqualTo(10);
    }

    @Test
    void inconsistentRecordsAreReportedAndCountedInTheTravellersFavour() {
        cross(EXIT, "2026-02-10");
        cross(ENTRY, "2026-03-01");
        cross(ENTRY, "2026-04-01");
        cross(EXIT, "2026-04-03");

        StayResult result = StayCalculator.calculate(crossings, LocalDate.parse("2026-05-01"), RULE);

        assertThat(result.anomalies()).containsExactly(
                "exit on 2026-02-10 without a recorded entry; only that day is counted",
                "entry on 2026-04-01 without a recorded exit since the entry on 2026-03-01; only 2026-03-01 is counted for that stay");
        assertThat(result.daysUsed()).isEqualTo(1 + 1 + 3);
    }

    @Test
    void theClassicNinetyInOneHundredEightyExample() {
        // 60 days in spring, 30 in summer: all 90 used, none left until the spring stay leaves the window.
        cross(ENTRY, "2026-01-01");
        cross(EXIT, "2026-03-01");
        cross(ENTRY, "2026-05-01");
        cross(EXIT, "2026-05-30");

        assertThat(StayCalculator.calculate(crossings, LocalDate.parse("2026-06-01"), RULE).daysRemaining())
                .isZero();
        assertThat(StayCalculator.calculate(crossings, LocalDate.parse("2026-07-15"), RULE).daysRemaining())
                .isEqualTo(90 - 30 - 44);
    }

    /** A crossing at noon, a minute later than the previous one so that same-day crossings keep their order. */
    private void cross(Direction direction, String day) {
        crossings.add(new CrossingEvent(UUID.randomUUID(), direction,
                LocalDate.parse(day).atTime(LocalTime.NOON.plusMinutes(crossings.size())).atZone(ULAANBAATAR)
                        .toInstant()));
    }
}
