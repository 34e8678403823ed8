package org.juxta.health.screening;

import java.time.LocalDate;

/** The days before an arrival that an event's screening looks at: its incubation window, both ends included. */
public record IncubationWindow(LocalDate first, LocalDate last) {

    public static IncubationWindow before(LocalDate arrival, int incubationDays) {
        return new IncubationWindow(arrival.minusDays(incubationDays), arrival);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(first) && !from.isAfter(last);
    }
}
