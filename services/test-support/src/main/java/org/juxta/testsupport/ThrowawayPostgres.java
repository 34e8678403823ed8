package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, in target/, on a free port: for the tests that stop, crash
 * and restart the database under a running service, which they must never do to the machine's shared
 * PostgreSQL. A service's database and roles are created in it by the same script as for ./juxta
 * (postgres_ensure_service in scripts/lib/postgres.sh).
 * <p>
 * It runs the machine's newest PostgreSQL server binaries; as root, under the postgres OS user, since
 * PostgreSQL refuses to run as root.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    /** How the cluster is stopped, as pg_ctl names it. */
    public enum Shutdown {
        /** Sessions are ended, transactions rolled back, a checkpoint is written. */
        FAST,
        /** Every process quits at once, as in a crash: the next start recovers from the write-ahead log. */
        IMMEDIATE
    }

    private static final String HOST = "127.0.0.1";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path directory;
    private final Path bin;
    private final int port;

    private ThrowawayPostgres(Path directory, Path bin, int port) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
    }

    /**
     * Creates a new cluster in target/postgres-{@code name} (replacing what an earlier run left there) and
     * starts it, with trust authentication on 127.0.0.1 only. As root, in the system's temporary folder
     * instead: the postgres user may not traverse the folders of the checkout (mktemp -d makes them 0700).
     */
    public static ThrowawayPostgres start(String name) {
        Path target = Path.of("target").toAbsolutePath();
        Path directory = ROOT
                ? Path.of(System.getProperty("java.io.tmpdir"),
                        "juxta-postgres-" + name + "-" + Integer.toHexString(target.hashCode()))
                : target.resolve("postgres-" + name);
        ThrowawayPostgres cluster = new ThrowawayPostgres(directory, serverBinaries(), RepositoryFiles.freePort());
        cluster.create();
        cluster.start();
        return cluster;
    }

    /**
     * Creates the service's databases ({@code juxta_<service>} and {@code juxta_<service>_test}) and its
     * owner and application roles, with the local password of the test platform.
     */
    public void createServiceDatabases(String service) {
        String database = ServiceRegistry.service(service).path("database").asText();
        Path scripts = RepositoryFiles.find("scripts/lib/postgres.sh").getParent();
        run(Map.of("JUXTA_PG_HOST", HOST,
                "JUXTA_PG_PORT", Integer.toString(port),
                "JUXTA_PG_DEV_PASSWORD", TestPlatform.PG_DEV_PASSWORD,
                // Where common.sh keeps its state: here, not in the home folder of ./juxta.
                "JUXTA_HOME", directory.resolve("juxta").toString()),
                List.of("bash", "-c", "set -euo pipefail; source \"$0/common.sh\"; source \"$0/postgres.sh\"; "
                        + "postgres_ensure_service \"$1\" \"$2\"",
                        scripts.toString(), service, database),
                false);
    }

    /**
     * Configuration that points a service (e.g. a {@link ServiceProcess} in the test profile) at its
     * test database in this cluster.
     */
    public Map<String, String> datasourceOf(String service) {
        String database = testDatabase(service);
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + HOST + ":" + port + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + port + "/" + database);
    }

    /** A connection to the service's test database in this cluster as its application role. */
    public Connection asApplication(String service) throws SQLException {
        return Databases.asApplication(service, HOST, port);
    }

    /** A connection to the service's test database in this cluster as the superuser, which no policy binds. */
    public Connection asSuperuser(String service) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + testDatabase(service),
                "postgres", "");
    }

    /** The database a service's tests use, as ./juxta names it. */
    private static String testDatabase(String service) {
        return ServiceRegistry.service(service).path("database").asText() + "_test";
    }

    /** Starts the cluster and waits until it accepts connections. */
    public void start() {
        pgCtl("start", "-w", "-t", "60", "-l", directory.resolve("postgres.log").toString());
    }

    /** Stops the cluster and waits until every process of it has ended. */
    public void stop(Shutdown mode) {
        pgCtl("stop", "-w", "-t", "60", "-m", mode.name().toLowerCase());
    }

    @Override
    public void close() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            stop(Shutdown.IMMEDIATE);
        }
    }

    private void create() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            // Left running by an earlier run that was itself killed.
            stop(Shutdown.IMMEDIATE);
        }
        deleteRecursively(directory);
        try {
            Files.createDirectories(directory);
            ownByServerUser(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        asServerUser(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"));
        try {
            // Small and quick: nothing here has to survive the machine; a crashed server still recovers.
            Files.writeString(data().resolve("postgresql.conf"), """

                    listen_addresses = '127.0.0.1'
                    port = %d
                    unix_socket_directories = ''
                    max_connections = 40
                    shared_buffers = 16MB
                    fsync = off
                    full_page_writes = off
                    """.formatted(port), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString()));
        command.addAll(List.of(arguments));
        asServerUser(command);
    }

    private void asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(Map.of(), full, true);
    }

    /** Runs a command to its end, its output appended to the cluster's commands.log; fails if it fails. */
    private void run(Map<String, String> environment, List<String> command, boolean inDirectory) {
        Path log = directory.resolve("commands.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (inDirectory) {
            // The server user may not read the working directory of the tests.
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue()
                        + "; see " + log + " and " + directory.resolve("postgres.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void ownByServerUser(Path path) throws IOException {
        if (ROOT) {
            UserPrincipal postgres = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(path, postgres);
        }
    }

    /** The bin folder of the newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<version>). */
    private static Path serverBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL server under /usr/lib/postgresql", e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
