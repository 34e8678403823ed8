package org.juxta.health.screening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.juxta.health.api.model.NewHealthDeclaration;
import org.juxta.health.api.model.ScreeningResult;
import org.juxta.health.event.PublicHealthEventRepository;

import io.smallrye.mutiny.Uni;

/**
 * Screens a declaration against every event of the caller's state in force on its arrival date (a UTC day),
 * loaded with one query. Runs inside the caller's state-scoped transaction.
 */
@ApplicationScoped
public class ScreeningService {

    private final PublicHealthEventRepository events;

    ScreeningService(PublicHealthEventRepository events) {
        this.events = events;
    }

    public Uni<ScreeningResult> screen(NewHealthDeclaration declaration, Instant now) {
        Instant arrivalDay = declaration.getArrival().getDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return events.inForceDuring(arrivalDay, arrivalDay.plus(1, ChronoUnit.DAYS))
                .map(found -> Screener.screen(declaration,
                        found.stream().map(event -> new EventInForce(event.id, event.version, event.event)).toList(),
                        now.atOffset(ZoneOffset.UTC)));
    }
}
