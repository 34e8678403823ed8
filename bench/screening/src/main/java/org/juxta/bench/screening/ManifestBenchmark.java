package org.juxta.bench.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.juxta.bench.screening.ManifestTravellers.Traveller;
import org.juxta.testing.JuxtaApi;
import org.juxta.testing.JuxtaApi.Answer;
import org.juxta.testing.JuxtaApi.Caller;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark P1b of issue 10: PAXLST manifests submitted by a carrier through the gateway while the state has a
 * million-person alert list. {@code list} makes sure the list is there (imported once through the gateway as a
 * supervisor, then reused); {@code manifests} submits manifests one at a time and then a few at once, timing the
 * submission and reading each manifest back as an officer to see that its screening is complete. Run it with
 * {@code ./juxta bench manifest} (bench/manifest.sh), which also samples the service's memory and profiles it.
 */
public final class ManifestBenchmark {

    private static final String ALERT_LISTS = "/api/immigration/alert-lists";
    private static final String MANIFESTS = "/api/immigration/manifests";
    private static final String HITS = "/api/immigration/hits";
    private static final Caller SUPERVISOR = Caller.user("mng-immigration-supervisor");
    private static final Caller OFFICER = Caller.user("mng-immigration-officer");
    private static final Caller CARRIER = Caller.client("carrier-mongolian-airlines");
    /** How long to wait before trying a first manifest again when the service names no time. */
    private static final long RETRY_WITHOUT_HEADER_SECONDS = 10;

    record Options(String command, String gateway, String realm, int persons, long seed, int manifests, int warmup,
            int travellers, int listed, int concurrency, Path work, long immigrationPid, boolean profile) {

        static Options parse(String[] args) {
            if (args.length == 0 || !List.of("list", "manifests").contains(args[0])) {
                throw new IllegalArgumentException("usage: ManifestBenchmark list|manifests [--option value]...");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Unknown argument: " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            Options options = new Options(args[0], values.getOrDefault("gateway", "http://localhost:8080"),
                    values.getOrDefault("realm", "http://localhost:8180/realms/juxta"),
                    Integer.parseInt(values.getOrDefault("persons", "1000000")),
                    Long.parseLong(values.getOrDefault("seed", "20240611")),
                    Integer.parseInt(values.getOrDefault("manifests", "50")),
                    Integer.parseInt(values.getOrDefault("warmup", "5")),
                    Integer.parseInt(values.getOrDefault("travellers", "500")),
                    Integer.parseInt(values.getOrDefault("listed", "5")),
                    Integer.parseInt(values.getOrDefault("concurrency", "4")),
                    Path.of(values.getOrDefault("work", System.getProperty("java.io.tmpdir"))),
                    Long.parseLong(values.getOrDefault("immigration-pid", "0")),
                    Boolean.parseBoolean(values.getOrDefault("profile", "false")));
            values.keySet().removeAll(List.of("gateway", "realm", "persons", "seed", "manifests", "warmup",
                    "travellers", "listed", "concurrency", "work", "immigration-pid", "profile"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("Unknown options: " + values.keySet());
            }
            return options;
        }

        /** The name the benchmark knows its list by: a list of another size or seed is another list. */
        String listName() {
            return String.format(Locale.ROOT, "Manifest benchmark: %,d persons, seed %d", persons, seed);
        }
    }

    /** One manifest submitted: how long the submission took, and what the officer's read of it found. */
    record Submitted(long submitNanos, long readNanos, int travellers, int screened, int listed, int listedFound,
            int othersWithHits) {
    }

    private final Options options;
    private final JuxtaApi api;
    private final ManifestTravellers persons;
    private final AtomicInteger nextManifest = new AtomicInteger();
    private final int runId = (int) (System.currentTimeMillis() / 60_000 % 100_000);

    private ManifestBenchmark(Options options) {
        this.options = options;
        this.api = new JuxtaApi(options.gateway(), options.realm());
        this.persons = new ManifestTravellers(options.seed());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ManifestBenchmark benchmark = new ManifestBenchmark(options);
        if (options.command().equals("list")) {
            benchmark.ensureList();
        } else {
            benchmark.submitManifests();
        }
    }

    // ---- The list ------------------------------------------------------------------------------------------------

    private void ensureList() throws IOException, InterruptedException {
        JsonNode existing = null;
        for (JsonNode list : api.get(SUPERVISOR, ALERT_LISTS).expect(200, "the alert lists").json().path("items")) {
            if (list.path("name").asText().equals(options.listName()) && list.path("kind").asText().equals("PERSON")) {
                existing = list;
            }
        }
        if (existing != null) {
            String id = existing.path("id").asText();
            long active = existing.path("activeEntries").asLong();
            // An import cut short by a restart resumes with the service: wait while the list grows.
            long before = -1;
            while (active < options.persons() && active > before) {
                info("the list has %,d active persons of %,d: waiting for its import".formatted(active,
                        options.persons()));
                Thread.sleep(30_000);
                before = active;
                active = api.get(SUPERVISOR, ALERT_LISTS + "/" + id).expect(200, "the list").json()
                        .path("activeEntries").asLong();
            }
            if (active == options.persons()) {
                info("the list \"%s\" (%s) exists with %,d active persons: no import".formatted(options.listName(),
                        id, active));
                return;
            }
            throw new IllegalStateException(("the list \"%s\" (%s) has %,d active persons of %,d and no import adds "
                    + "to it: delete the list and run again").formatted(options.listName(), id, active,
                            options.persons()));
        }
        Path csv = options.work().resolve("persons-%d-%d.csv".formatted(options.persons(), options.seed()));
        long started = System.nanoTime();
        persons.writeList(csv, options.persons());
        info("wrote %,d persons to %s (%,d MB) in %.1f s".formatted(options.persons(), csv,
                Files.size(csv) >> 20, seconds(System.nanoTime() - started)));
        String list = api.postJson(SUPERVISOR, ALERT_LISTS, json("""
                {"name": "%s", "kind": "PERSON", "source": "bench/manifest.sh (synthetic persons)",
                 "description": "Generated by the manifest benchmark; reused by its later runs."}""",
                options.listName())).expect(201, "creating the list").json().path("id").asText();
        started = System.nanoTime();
        Answer upload = api.postFile(SUPERVISOR, ALERT_LISTS + "/" + list + "/imports", "text/csv", csv)
                .expect(202, "the import");
        String location = upload.response().headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the import answered without a Location"));
        info("uploaded through the gateway in %.1f s; following %s".formatted(seconds(upload.nanos()), location));
        JsonNode report;
        while (true) {
            report = api.get(SUPERVISOR, location).expect(200, "the import's progress").json();
            if (!report.path("status").asText().equals("RUNNING")) {
                break;
            }
            info("%,d lines read, %,d accepted, %,d rejected".formatted(report.path("linesRead").asLong(),
                    report.path("accepted").asLong(), report.path("rejected").asLong()));
            Thread.sleep(10_000);
        }
        info("%s in %.0f s from the upload's start: %,d accepted, %,d rejected".formatted(
                report.path("status").asText(), seconds(System.nanoTime() - started),
                report.path("accepted").asLong(), report.path("rejected").asLong()));
        if (!report.path("status").asText().equals("DONE") || report.path("rejected").asLong() != 0) {
            throw new IllegalStateException("the import did not take every person: " + report);
        }
        Files.delete(csv);
    }

    // ---- The manifests -------------------------------------------------------------------------------------------

    private void submitManifests() throws Exception {
        api.authenticate(CARRIER);
        api.authenticate(OFFICER);
        info("%,d travellers a manifest, %d of them on the list; %d warm-up manifests, then %d one at a time, then %d"
                .formatted(options.travellers(), options.listed(), options.warmup(), options.manifests(),
                        options.manifests())
                + " with %d at once".formatted(options.concurrency()));
        awaitScreening();
        for (int i = 0; i < options.warmup(); i++) {
            Submitted warm = submitAndRead(travellers(options.seed() * 31 + i));
            info("warm-up %d: submitted in %.0f ms, read in %.0f ms".formatted(i + 1, millis(warm.submitNanos()),
                    millis(warm.readNanos())));
        }
        // Made before they are measured: the generator is neither free nor thread-safe.
        List<List<Traveller>> oneAtATime = new ArrayList<>();
        List<List<Traveller>> atOnce = new ArrayList<>();
        for (int i = 0; i < options.manifests(); i++) {
            oneAtATime.add(travellers(options.seed() * 31 + options.warmup() + i));
            atOnce.add(travellers(options.seed() * 37 + i));
        }
        // Measured from here: the service's memory and, when asked, its profile.
        ResidentMemory memory = new ResidentMemory(options.immigrationPid());
        Path recording = options.work().resolve("immigration.jfr");
        if (options.profile()) {
            jcmd("JFR.start", "name=manifest", "settings=profile", "filename=" + recording);
        }
        List<Submitted> sequential = new ArrayList<>();
        double cpuSequential = 0;
        for (int i = 0; i < options.manifests(); i++) {
            double cpuBefore = cpuSeconds(options.immigrationPid());
            Answer submitted = submit(paxlst(oneAtATime.get(i)));
            // The officer's read and the hits it looks up are not the submission's CPU.
            cpuSequential += cpuSeconds(options.immigrationPid()) - cpuBefore;
            sequential.add(read(submitted, oneAtATime.get(i)));
        }
        int listed = sequential.stream().mapToInt(Submitted::listed).sum();
        int found = sequential.stream().mapToInt(Submitted::listedFound).sum();
        int others = sequential.stream().mapToInt(Submitted::othersWithHits).sum();
        int screened = sequential.stream().mapToInt(Submitted::screened).sum();
        int travellers = sequential.stream().mapToInt(Submitted::travellers).sum();
        info("one at a time: every answer 201; the officer's read right after each answer showed %,d of %,d "
                .formatted(screened, travellers) + "travellers with the outcome of their screening");
        info("listed travellers found: %d of %d; other travellers with a hit (namesakes): %d".formatted(found, listed,
                others));
        if (screened != travellers) {
            throw new IllegalStateException("a manifest was read back before all its travellers were screened");
        }

        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<Long>> futures = new ArrayList<>();
        double cpuBeforeConcurrent = cpuSeconds(options.immigrationPid());
        long started = System.nanoTime();
        for (int i = 0; i < options.manifests(); i++) {
            String text = paxlst(atOnce.get(i));
            futures.add(pool.submit(() -> submit(text).nanos()));
        }
        long[] concurrent = new long[futures.size()];
        for (int i = 0; i < concurrent.length; i++) {
            concurrent[i] = futures.get(i).get();
        }
        double wall = seconds(System.nanoTime() - started);
        double cpuConcurrent = cpuSeconds(options.immigrationPid()) - cpuBeforeConcurrent;
        pool.shutdown();
        memory.stop();
        if (options.profile()) {
            jcmd("JFR.stop", "name=manifest");
        }

        long[] submit = sequential.stream().mapToLong(Submitted::submitNanos).toArray();
        long[] read = sequential.stream().mapToLong(Submitted::readNanos).toArray();
        System.out.println();
        System.out.printf("%-58s %8s %8s %8s %8s%n", "(ms, n = " + options.manifests() + ")", "p50", "p99", "max",
                "mean");
        row("submission, one at a time (= screening complete)", submit);
        row("officer reads the manifest with its screening", read);
        row("submission, %d at once".formatted(options.concurrency()), concurrent);
        System.out.printf(Locale.ROOT, "%d at once: %.2f manifests/s, %,.0f travellers/s%n", options.concurrency(),
                options.manifests() / wall, options.manifests() * options.travellers() / wall);
        System.out.printf("Percentiles by nearest rank: of %d samples, p99 is the %s.%n", submit.length,
                (int) Math.ceil(0.99 * submit.length) == submit.length
                        ? "slowest, as max"
                        : "rank "
                                + (int) Math.ceil(0.99 * submit.length));
        if (options.immigrationPid() > 0) {
            System.out.printf(Locale.ROOT, "immigration CPU per manifest: %.0f ms one at a time, %.0f ms %d at once%n",
                    cpuSequential * 1000 / options.manifests(), cpuConcurrent * 1000 / options.manifests(),
                    options.concurrency());
        }
        if (memory.samples() > 0) {
            System.out.printf(Locale.ROOT,
                    "immigration resident memory while measured: %d MB at the start, at most %d MB%n",
                    memory.firstMegabytes(), memory.largestMegabytes());
        }
        writeSamples(submit, read, concurrent);
    }

    /** Runs a diagnostic command in the immigration service's JVM. */
    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(options.immigrationPid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", line));
        }
    }

    /** The resident set of a process, read every second from /proc while the measured phases run. */
    private static final class ResidentMemory {

        private final Path status;
        private final Thread sampler;
        private volatile long firstKb = -1;
        private volatile long largestKb;
        private volatile int samples;

        ResidentMemory(long pid) {
            this.status = Path.of("/proc", String.valueOf(pid), "status");
            this.sampler = Thread.ofPlatform().daemon().start(this::sample);
        }

        private void sample() {
            while (!Thread.currentThread().isInterrupted() && Files.exists(status)) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                            firstKb = firstKb < 0 ? kb : firstKb;
                            largestKb = Math.max(largestKb, kb);
                            samples++;
                        }
                    }
                    Thread.sleep(1_000);
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void stop() {
            sampler.interrupt();
        }

        int samples() {
            return samples;
        }

        long firstMegabytes() {
            return firstKb >> 10;
        }

        long largestMegabytes() {
            return largestKb >> 10;
        }
    }

    /**
     * Waits until a manifest is screened: an instance that has not loaded the state's person index (a minute or more
     * for a million persons; after the import, or a start without the state among its warm-up states) answers 503
     * with Retry-After until it has.
     */
    private void awaitScreening() throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            Answer answer = api.postEdifact(CARRIER, MANIFESTS, paxlst(travellers(options.seed() * 29)));
            if (answer.status() == 201) {
                break;
            }
            if (answer.status() != 503 && answer.status() != 504 || seconds(System.nanoTime() - started) > 600) {
                answer.expect(201, "a first manifest");
            }
            long wait = retryAfterSeconds(answer);
            info("HTTP %d after %.0f s: waiting %d s for the service to screen (its person index is built first)"
                    .formatted(answer.status(), seconds(answer.nanos()), wait));
            Thread.sleep(wait * 1_000);
        }
        info("a first manifest screened %.0f s after the first try".formatted(seconds(System.nanoTime() - started)));
    }

    /**
     * The seconds the service asks for in Retry-After (its 503 while it loads the index); a 504, or a 503 without one,
     * waits {@value #RETRY_WITHOUT_HEADER_SECONDS}.
     */
    static long retryAfterSeconds(Answer answer) {
        return answer.response().headers().firstValue("Retry-After").filter(value -> value.matches("\\d{1,6}"))
                .map(Long::parseLong).orElse(RETRY_WITHOUT_HEADER_SECONDS);
    }

    /**
     * The CPU time a process has used, user and system, from /proc (in clock ticks of 1/100 s, which Linux uses on
     * every common platform); 0 without a process to watch.
     */
    private static double cpuSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The fields after the command name, which is in parentheses and may hold spaces: utime is the 14th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }

    /** Submits a manifest, then reads it as an officer and counts what its screening found. */
    private Submitted submitAndRead(List<Traveller> travellers) {
        return read(submit(paxlst(travellers)), travellers);
    }

    /** Reads a submitted manifest as an officer and counts what its screening found. */
    private Submitted read(Answer submitted, List<Traveller> travellers) {
        JsonNode manifests = submitted.json().path("manifests");
        if (manifests.size() != 1) {
            throw new IllegalStateException("expected one manifest stored: " + submitted.body());
        }
        Answer read = api.get(OFFICER, MANIFESTS + "/" + manifests.get(0).path("id").asText())
                .expect(200, "reading the manifest");
        Map<String, Traveller> byPassport = new LinkedHashMap<>();
        travellers.forEach(traveller -> byPassport.put(traveller.passport(), traveller));
        int screened = 0;
        int found = 0;
        int others = 0;
        JsonNode readTravellers = read.json().path("travellers");
        for (JsonNode traveller : readTravellers) {
            if (!traveller.path("outcome").asText().isEmpty()) {
                screened++;
            }
            Traveller sent = byPassport.get(traveller.path("documents").path(0).path("number").asText());
            JsonNode hits = traveller.path("hits");
            if (sent != null && sent.listed()) {
                // A manifest shows a hit's list and score; the hit itself names the entry.
                for (JsonNode hit : hits) {
                    JsonNode entry = api.get(OFFICER, HITS + "/" + hit.path("id").asText())
                            .expect(200, "reading a hit").json().path("entry");
                    if (entry.path("reference").asText().equals("MB-" + sent.listedOrdinal())) {
                        found++;
                        break;
                    }
                }
            } else if (!hits.isEmpty()) {
                others++;
            }
        }
        int listed = (int) travellers.stream().filter(Traveller::listed).count();
        return new Submitted(submitted.nanos(), read.nanos(), readTravellers.size(), screened, listed, found, others);
    }

    private Answer submit(String paxlst) {
        return api.postEdifact(CARRIER, MANIFESTS, paxlst).expect(201, "submitting a manifest");
    }

    /** The travellers of a manifest, the same for a seed in every run. */
    private List<Traveller> travellers(long seed) {
        return persons.manifest(options.travellers(), options.listed(), options.persons(), new SplittableRandom(seed));
    }

    private String paxlst(List<Traveller> travellers) {
        int number = nextManifest.getAndIncrement();
        // A flight of its own on a day of its own for each run, so that no manifest replaces another.
        String flight = "MG" + (1000 + number % 9000);
        LocalDateTime arrival = LocalDate.of(2027, 1, 1).plusDays(runId % 3000 + number / 9000L)
                .atTime(LocalTime.of(8, 0).plusMinutes(number % 600));
        String reference = "%05d%04d".formatted(runId, number % 10_000);
        return ManifestTravellers.paxlst(flight, arrival, reference, travellers);
    }

    // ---- Figures -------------------------------------------------------------------------------------------------

    private static void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s %8.0f %8.0f %8.0f %8.0f%n", what, millis(percentile(sorted, 0.50)),
                millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
    }

    /** Nearest rank: the smallest sample with at least the fraction of samples at or below it. */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private void writeSamples(long[] submit, long[] read, long[] concurrent) throws IOException {
        Path file = options.work().resolve("manifest-latencies.csv");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("manifest,submit_ms,read_ms,concurrent_submit_ms");
            for (int i = 0; i < submit.length; i++) {
                out.printf(Locale.ROOT, "%d,%.1f,%.1f,%.1f%n", i + 1, millis(submit[i]), millis(read[i]),
                        millis(concurrent[i]));
            }
        }
        info("samples in " + file);
    }

    private static String json(String template, Object... values) {
        return template.formatted(Arrays.stream(values).map(value -> value.toString().replace("\"", "\\\"")).toArray());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void info(String line) {
        System.out.println("    " + line);
    }
}
