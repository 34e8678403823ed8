package org.juxta.immigration.screening;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while a state this instance loads as it starts ({@code juxta.screening.warm-up-states}) has no person
 * index yet, with each such state and how far its load has come: an instance that cannot screen those
 * states' travellers gets no traffic, rather than answering each of them 503. Later loads do not make it
 * unready: screenings go on with the older index, or, when it is far behind, are answered 503 briefly.
 */
@Readiness
@ApplicationScoped
public class PersonIndexReadiness implements HealthCheck {

    static final String NAME = "person-index-warm-up";

    private final PersonIndex index;

    PersonIndexReadiness(PersonIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        Map<String, String> warmingUp = index.warmingUp();
        warmingUp.forEach(response::withData);
        return response.status(warmingUp.isEmpty()).build();
    }
}
