package org.juxta.health.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.shared.caller.CurrentCaller;

import io.smallrye.mutiny.Uni;

/**
 * Screens a declaration against every event of the caller's state in force on its arrival date (a UTC day),
 * as {@link EventsInForce} keeps them. Runs inside the caller's state-scoped transaction.
 */
@ApplicationScoped
public class ScreeningService {

    private final EventsInForce events;
    private final CurrentCaller caller;

    ScreeningService(EventsInForce events, CurrentCaller caller) {
        this.events = events;
        this.caller = caller;
    }

    public Uni<ScreeningResult> screen(NewHealthDeclaration declaration, Instant now) {
        return inForceOn(declaration.getArrival().getDate(), now)
                .map(found -> Screener.screen(declaration, found, now.atOffset(ZoneOffset.UTC)));
    }

    /**
     * Every event of the caller's state in force at some instant of the UTC day, with the version in force: what a
     * traveller or conveyance declaration arriving that day is screened against.
     */
    public Uni<List<EventInForce>> inForceOn(LocalDate day, Instant now) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return events.during(caller.get().state(), start, start.plus(1, ChronoUnit.DAYS), now);
    }
}
