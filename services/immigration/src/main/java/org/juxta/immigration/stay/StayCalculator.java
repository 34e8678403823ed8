package org.juxta.immigration.stay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.juxta.immigration.crossing.Direction;

/**
 * Counts the days a traveller stayed in a rolling window, from the entries and exits the state
 * recorded: the rule of "at most 90 days in any 180" (EU Regulation 2016/399, article 6).
 * <p>
 * Entry and exit days both count, a day is counted once however many crossings it has, and a stay
 * without a recorded exit lasts until the date asked about. Records that do not pair up are counted
 * conservatively, never to the traveller's disadvantage: an entry followed by another entry counts only
 * its own day (the exit went unrecorded), an exit without an entry counts only its own day.
 */
public final class StayCalculator {

    private StayCalculator() {
    }

    public static StayResult calculate(List<CrossingEvent> crossings, LocalDate on, StayRule rule) {
        LocalDate windowStart = on.minusDays(rule.windowDays() - 1L);
        List<CrossingEvent> ordered = crossings.stream()
                .filter(crossing -> !dayOf(crossing, rule).isAfter(on))
                .sorted(Comparator.comparing(CrossingEvent::crossedAt).thenComparing(CrossingEvent::id))
                .toList();

        List<StayPeriod> stays = new ArrayList<>();
        List<String> anomalies = new ArrayList<>();
        CrossingEvent openEntry = null;
        for (CrossingEvent crossing : ordered) {
            LocalDate day = dayOf(crossing, rule);
            if (crossing.direction() == Direction.ENTRY) {
                if (openEntry != null) {
                    LocalDate entered = dayOf(openEntry, rule);
                    anomalies.add("entry on " + day + " without a recorded exit since the entry on " + entered
                            + "; only " + entered + " is counted for that stay");
                    stays.add(new StayPeriod(entered, entered, 0, openEntry.id(), null));
                }
                openEntry = crossing;
            } else if (openEntry != null) {
                stays.add(new StayPeriod(dayOf(openEntry, rule), day, 0, openEntry.id(), crossing.id()));
                openEntry = null;
            } else {
                anomalies.add("exit on " + day + " without a recorded entry; only that day is counted");
                stays.add(new StayPeriod(day, day, 0, null, crossing.id()));
            }
        }
        boolean present = openEntry != null;
        if (present) {
            stays.add(new StayPeriod(dayOf(openEntry, rule), on, 0, openEntry.id(), null));
        }

        // Distinct days: an exit and a re-entry on the same day are one day of presence, not two.
        BitSet daysPresent = new BitSet(rule.windowDays());
        List<StayPeriod> inWindow = new ArrayList<>();
        for (StayPeriod stay : stays) {
            LocalDate from = stay.from().isBefore(windowStart) ? windowStart : stay.from();
            LocalDate to = stay.to().isAfter(on) ? on : stay.to();
            if (to.isBefore(from)) {
                continue;
            }
            int first = (int) ChronoUnit.DAYS.between(windowStart, from);
            int last = (int) ChronoUnit.DAYS.between(windowStart, to);
            daysPresent.set(first, last + 1);
            inWindow.add(new StayPeriod(from, to, last - first + 1, stay.entryCrossingId(), stay.exitCrossingId()));
        }
        int used = daysPresent.cardinality();
        return new StayResult(on, windowStart, present, used, Math.max(0, rule.maximumDays() - used),
                Math.max(0, used - rule.maximumDays()), List.copyOf(inWindow), List.copyOf(anomalies));
    }

    private static LocalDate dayOf(CrossingEvent crossing, StayRule rule) {
        return crossing.crossedAt().atZone(rule.timeZone()).toLocalDate();
    }
}
