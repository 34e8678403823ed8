package org.juxta.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's packaged jar run as its own operating-system process against the test platform, for the
 * tests that a Quarkus test cannot do in-process: killing the service with SIGKILL in the middle of
 * its work and starting it again, or running it on the heap a deployment gives it.
 * <p>
 * It runs in the test profile (database, passwords, issuer of the test platform) on ports of its own,
 * without cleaning the database at start, so that a second process finds what the first one left.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Map<String, String> configuration;
    private final List<String> jvmOptions;

    private ServiceProcess(Process process, int port, int managementPort, Map<String, String> configuration,
            List<String> jvmOptions) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.configuration = configuration;
        this.jvmOptions = jvmOptions;
    }

    /**
     * Starts target/quarkus-app/quarkus-run.jar of the module under test with extra configuration,
     * and waits until it is ready; its output goes to target/service-processes/{@code name}.log.
     */
    public static ServiceProcess start(String name, Map<String, String> configuration) {
        return start(name, configuration, List.of());
    }

    /**
     * As {@link #start(String, Map)}, in a JVM with these options (e.g. {@link #helmJavaOptions()}, to run
     * with the heap a deployment has).
     */
    public static ServiceProcess start(String name, Map<String, String> configuration, List<String> jvmOptions) {
        return start(name, configuration, List.copyOf(jvmOptions), RepositoryFiles.freePort(),
                RepositoryFiles.freePort());
    }

    /**
     * The JVM options the Helm chart gives a service by default ({@code javaOpts} of the library chart's
     * defaults: heap, metaspace, collector, exit on OutOfMemoryError), read from the chart itself.
     */
    public static List<String> helmJavaOptions() {
        Path defaults = RepositoryFiles.find("helm/juxta/charts/juxta-lib/templates/_defaults.tpl");
        try (var lines = Files.lines(defaults)) {
            String options = lines.filter(line -> line.startsWith("javaOpts:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no javaOpts in " + defaults))
                    .replaceFirst("^javaOpts:\\s*\"?", "").replaceFirst("\"\\s*$", "");
            return List.of(options.trim().split("\\s+"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + defaults, e);
        }
    }

    /**
     * Starts a new process with the same configuration on the same ports, as a supervisor restarts a
     * service its clients keep calling at one address; this one must have ended.
     */
    public ServiceProcess startAgain(String name) {
        if (process.isAlive()) {
            throw new IllegalStateException("the service still runs on port " + port);
        }
        return start(name, configuration, jvmOptions, port, managementPort);
    }

    private static ServiceProcess start(String name, Map<String, String> configuration, List<String> jvmOptions,
            int port, int managementPort) {
        try {
            Path log = log(name);
            Process process = new ProcessBuilder(command(port, managementPort, configuration, jvmOptions))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(process, port, managementPort, Map.copyOf(configuration),
                    jvmOptions);
            service.awaitReady(log);
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /**
     * Runs the jar with extra configuration to its end, as a step that exits by itself does (the migration
     * step), and returns its exit status; fails if it has not ended within {@code timeout}.
     */
    public static int run(String name, Map<String, String> configuration, Duration timeout)
            throws InterruptedException {
        try {
            Path log = log(name);
            Process process = new ProcessBuilder(
                    command(RepositoryFiles.freePort(), RepositoryFiles.freePort(), configuration, List.of()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(name + " had not ended after " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Where a process's output goes: target/service-processes/{@code name}.log. */
    public static Path log(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "service-processes")).resolve(name + ".log");
    }

    private static List<String> command(int port, int managementPort, Map<String, String> configuration,
            List<String> jvmOptions) {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after the package phase");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.profile=test");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.test-port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-Dquarkus.management.test-port=" + managementPort);
        command.add("-Dquarkus.oidc.auth-server-url=" + TestPlatform.ISSUER);
        command.add("-Dquarkus.flyway.clean-at-start=false");
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** The base URI of its API. */
    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** The base URI of its health checks and metrics. */
    public String managementUri() {
        return "http://localhost:" + managementPort;
    }

    /** Whether the process still runs (it has not crashed, e.g. exited on an OutOfMemoryError). */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends it as a crash or an OOM killer would: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady(Path log) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped at start; see " + log.toAbsolutePath());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within 90 s; see " + log.toAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
