package org.juxta.testsupport.conformance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary check finds an entity however a service's return type carries it, and only then. */
class ServiceBoundaryConformanceTest {

    @Test
    void theCheckFindsEntitiesInGenericArgumentsRecordComponentsAndFields() {
        assertThat(ServiceBoundaryConformance.violations(LeakingService.class)).containsExactlyInAnyOrder(
                "LeakingService.crossing() returns ServiceBoundaryConformanceTest$CrossingEntity",
                "LeakingService.crossings() returns ServiceBoundaryConformanceTest$CrossingEntity",
                "LeakingService.wrapped() returns ServiceBoundaryConformanceTest$CrossingEntity",
                "LeakingService.held() returns ServiceBoundaryConformanceTest$HitEntity",
                "LeakingService.decision() returns ServiceBoundaryConformanceTest$HitEntity$Decision");
        assertThat(ServiceBoundaryConformance.isService(LeakingService.class)).isTrue();
        assertThat(ServiceBoundaryConformance.violations(CleanService.class)).isEmpty();
    }

    @Entity
    static class CrossingEntity {
    }

    @Entity
    static class HitEntity {

        enum Decision {
            CONFIRMED
        }
    }

    /** An API model. */
    record Crossing(UUID id) {
    }

    /** Breaks the rule every way the check knows. */
    @ApplicationScoped
    static class LeakingService {

        record Wrapped(String name, List<CrossingEntity> crossings) {
        }

        static class Holder {

            CompletionStage<HitEntity> hit;
        }

        public CrossingEntity crossing() {
            return null;
        }

        public CompletionStage<List<? extends CrossingEntity>> crossings() {
            return null;
        }

        public CompletionStage<Wrapped> wrapped() {
            return null;
        }

        public Holder held() {
            return null;
        }

        public CompletionStage<List<HitEntity.Decision>> decision() {
            return null;
        }

        CrossingEntity notPublic() {
            return null;
        }
    }

    /** Keeps it: API models, plain values, entities only as parameters. */
    @ApplicationScoped
    static class CleanService {

        public CompletionStage<Crossing> crossing(CrossingEntity given) {
            return null;
        }

        public CompletionStage<Map<UUID, List<Crossing>>> crossings() {
            return null;
        }

        public void nothing() {
        }
    }
}
