package org.juxta.shared.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every bean reads time from, injected: UTC in a deployment, and replaceable by a test
 * that needs a fixed or moving time (a bean of its own of type {@link Clock} wins over this one).
 */
@Singleton
class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
