package org.juxta.osbp.waiting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.juxta.shared.http.FieldError;
import org.juxta.shared.problem.MalformedRequestException;

/**
 * The arrival days a statistics request covers, in UTC: from the start of {@code from} to the end of
 * {@code to}, forward and at most {@value #MAXIMUM_DAYS} days long (a quarter), so that one request never
 * aggregates more than a time release study's usual period.
 */
record StatisticsPeriod(LocalDate from, LocalDate to) {

    static final int MAXIMUM_DAYS = 92;

    StatisticsPeriod {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAXIMUM_DAYS) {
            throw new MalformedRequestException("The period must run forward and last at most " + MAXIMUM_DAYS
                    + " days.",
                    List.of(new FieldError("to", "must be from 'from' to " + MAXIMUM_DAYS
                            + " days after it")));
        }
    }

    /** The first instant of the period. */
    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
