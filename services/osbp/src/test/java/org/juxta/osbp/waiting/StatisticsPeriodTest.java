package org.juxta.osbp.waiting;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.juxta.shared.problem.MalformedRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsPeriodTest {

    @Test
    void aPeriodRunsFromTheStartOfItsFirstDayToTheEndOfItsLastInUtc() {
        StatisticsPeriod period = new StatisticsPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));

        assertThat(period.start()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void aPeriodRunsForwardForAtMostAQuarter() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThat(new StatisticsPeriod(from, from.plusDays(92)).to()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThatThrownBy(() -> new StatisticsPeriod(from, from.plusDays(93)))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> new StatisticsPeriod(from, from.minusDays(1)))
                .isInstanceOf(MalformedRequestException.class);
    }
}
