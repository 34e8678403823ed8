package org.juxta.immigration.screening;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Reports the states whose persons this instance has too little heap to index. A wellness check, not a
 * readiness one: every replica has the same heap, and taking them all out of service would stop
 * recording crossings of every state, not only person screening of one.
 */
@Wellness
@ApplicationScoped
public class ScreeningMemoryCheck implements HealthCheck {

    private final ScreeningMemory memory;

    ScreeningMemoryCheck(ScreeningMemory memory) {
        this.memory = memory;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("person-screening-memory");
        Map<String, String> refusals = memory.refusals();
        refusals.forEach(response::withData);
        return response.status(refusals.isEmpty()).build();
    }
}
