package org.juxta.shared.schema;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Migrates the database before anything else starts, in two histories: the kernel's tables (audit
 * log, idempotency keys, background jobs) in {@value #KERNEL_HISTORY} from {@value #KERNEL_LOCATION},
 * then the service's own tables in Flyway's default history from {@value #SERVICE_LOCATION}.
 * <p>
 * Each history has its own version namespace, so a kernel migration added later never collides
 * with, or runs out of order behind, a service's. The kernel goes first: service migrations use its
 * functions (row-level security).
 */
@ApplicationScoped
class SchemaMigrations {

    static final String KERNEL_HISTORY = "juxta_kernel_schema_history";
    static final String KERNEL_LOCATION = "db/juxta-shared";
    static final String SERVICE_LOCATION = "db/migration";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    private final Flyway configured;
    private final DatabaseConfig config;

    SchemaMigrations(Flyway configured, DatabaseConfig config) {
        this.configured = configured;
        this.config = config;
    }

    void migrateAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (config.migrateAndExit()) {
            migrate();
            LOG.info("Database migrated; exiting (juxta.database.migrate-and-exit)");
            // Halted, not shut down: a shutdown from inside the startup event waits for the startup to
            // end, and nothing of the service has started that would need stopping (the observers that
            // warm indexes and take over jobs come after this one).
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(0);
        }
        if (config.migrateAtStart()) {
            migrate();
        }
    }

    void migrate() {
        String serviceHistory = configured.getConfiguration().getTable();
        Flyway kernel = history(KERNEL_LOCATION, KERNEL_HISTORY).load();
        LegacyHistory.adopt(kernel, serviceHistory);
        report("kernel", kernel.migrate());
        // The schema already holds the kernel's tables when the service's history begins: start it at 0.
        report("service", history(SERVICE_LOCATION, serviceHistory)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("kernel tables present")
                .load()
                .migrate());
    }

    /** Quarkus' Flyway (data source, owner's credentials, placeholders) for one location and history. */
    private FluentConfiguration history(String location, String table) {
        return Flyway.configure(Thread.currentThread().getContextClassLoader())
                .configuration(configured.getConfiguration())
                // Quarkus' list of the scripts it found at build covers both locations: scan this one.
                .resourceProvider(null)
                .javaMigrationClassProvider(null)
                .locations(location)
                .table(table);
    }

    private static void report(String history, MigrateResult result) {
        LOG.infof("Database %s schema at version %s (%d migrations applied now)", history,
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}
