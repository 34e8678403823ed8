package org.juxta.immigration;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings the kernel gives every service's connections, as PostgreSQL sees them. */
@QuarkusTest
class DatabaseConnectionTest {

    @Inject
    Pool pool;

    @Test
    void connectionsRunWithoutPostgresJit() {
        // JIT compiled a manifest's hit query for 470 ms once the hit table was large.
        String jit = pool.query("show jit").execute().await().atMost(Duration.ofSeconds(10)).iterator().next()
                .getString(0);

        assertThat(jit).isEqualTo("off");
    }
}
