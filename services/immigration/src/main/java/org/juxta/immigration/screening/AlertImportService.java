package org.juxta.immigration.screening;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.immigration.api.model.AlertImport;
import org.juxta.immigration.api.model.AlertedDocument;
import org.juxta.immigration.api.model.AlertedPerson;
import org.juxta.immigration.api.model.DocumentAlertReason;
import org.juxta.immigration.api.model.NewAlertEntry;
import org.juxta.immigration.api.model.PersonAlertCategory;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Sex;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
import org.juxta.shared.job.BackgroundJobs;
import org.juxta.shared.job.LostJobException;
import org.juxta.shared.job.ResumableJob;
import org.juxta.shared.problem.InvalidContentException;
import org.juxta.shared.problem.RecordNotFoundException;
import org.juxta.shared.rls.RowLevelSecurity;
import org.juxta.shared.rls.StateScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Bulk imports of alert entries, by the million: the upload is staged as a file and read line by line
 * in the background, each batch of valid lines stored in a transaction of its own together with the
 * import's report (lines read, accepted, rejected and why), so that it can be followed.
 * <p>
 * An import is a background job ({@link BackgroundJobs}): when the instance running it stops, another
 * one (or the same one, restarted) takes it over and continues after the last stored batch, which the
 * report's line count marks exactly; without the staged file it fails the import, saying so.
 */
@ApplicationScoped
public class AlertImportService implements ResumableJob {

    static final String KIND = "alert-import";

    private static final Logger LOG = Logger.getLogger(AlertImportService.class);
    static final int BATCH = 1000;
    /** Far longer than any entry's line (names, document, reason: a few hundred characters). */
    static final int MAX_LINE_LENGTH = 16_384;
    /** The report keeps the first rejections; the count covers them all. */
    static final int REPORTED_REJECTIONS = 1000;

    /**
     * An accepted import as the API shows it, and its state, to {@link #runInBackground run in the
     * background} once its transaction has committed.
     */
    public record Started(AlertImport alertImport, String state) {
    }

    /** An import being run: its report as stored, its list and its staged file. */
    private record Running(AlertImportEntity alertImport, AlertListEntity list, Path file) {
    }

    private final AlertListService lists;
    private final AlertImportRepository imports;
    private final PersonVersions personVersions;
    private final Mutiny.SessionFactory sessions;
    private final CurrentCaller caller;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Validator validator;
    private final BackgroundJobs jobs;
    private final CsvMapper csv = new CsvMapper();
    private final Clock clock;

    AlertImportService(AlertListService lists, AlertImportRepository imports, PersonVersions personVersions,
            Mutiny.SessionFactory sessions,
            CurrentCaller caller, AuditLog auditLog, ObjectMapper json, Validator validator, BackgroundJobs jobs,
            Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.imports = imports;
        this.personVersions = personVersions;
        this.sessions = sessions;
        this.caller = caller;
        this.auditLog = auditLog;
        this.json = json;
        this.validator = validator;
        this.jobs = jobs;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @WithTransaction
    @StateScoped
    public Uni<Started> start(UUID listId, File upload, ImportFormat format) {
        Caller who = caller.get();
        return lists.find(listId).chain(list -> {
            AlertImportEntity alertImport = new AlertImportEntity();
            alertImport.id = UuidV7.next();
            alertImport.state = who.state();
            alertImport.listId = listId;
            alertImport.status = AlertImportEntity.Status.RUNNING;
            alertImport.format = format;
            alertImport.rejections = new AlertImportEntity.Rejections(List.of());
            alertImport.startedAt = now();
            alertImport.startedBy = who.username();
            // The upload is deleted when the request ends; the import outlives it.
            keep(upload, alertImport.id);
            // Who imported what into which list is on the audit log; the entries carry the import's id.
            return imports.persist(alertImport)
                    .call(stored -> imports.getSession()
                            .chain(session -> jobs.start(session, stored.id, stored.state, KIND)))
                    .call(stored -> auditLog.record(AuditAction.CREATE, "alert-import", List.of(stored.id),
                            AlertListService.PURPOSE))
                    .map(stored -> new Started(AlertMapping.toApi(stored), stored.state));
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<AlertImport> get(UUID listId, UUID importId) {
        return imports.findById(importId).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException("import", importId))
                .invoke(found -> {
                    if (!found.listId.equals(listId)) {
                        throw new RecordNotFoundException("import", importId);
                    }
                })
                .map(AlertMapping::toApi);
    }

    /**
     * Runs a started import on a worker thread; its progress is visible through {@link #get}. The worker
     * reads it back as committed: if that fails, the import is taken over like one its instance left.
     */
    public void runInBackground(Started started) {
        UUID id = started.alertImport().getId();
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            Progress progress = load(id, started.state(), "cannot be started in the background");
            if (progress != null) {
                run(progress);
            }
        });
    }

    /** Continues an import that its instance left, after the lines its report counts as read. */
    @Override
    public void resume(UUID id, String state) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            Progress progress = load(id, state, "cannot be taken over");
            if (progress == null) {
                return;
            }
            if (Files.isReadable(progress.started.file())) {
                LOG.infof("Resuming import %s after line %d", id, progress.linesRead);
                run(progress);
            } else {
                progress.failure = "the service instance running the import stopped after line " + progress.linesRead
                        + ", and the uploaded file is not on the staging volume of the instance that took it over;"
                        + " import the lines after line " + progress.linesRead + " again";
                finish(progress, AlertImportEntity.Status.FAILED);
            }
        });
    }

    /**
     * The import as its report last recorded it, to continue from; null (logged) if it cannot be read:
     * the lease of background jobs then brings it back to {@link #resume}.
     */
    private Progress load(UUID id, String state, String failure) {
        try {
            return VertxContextSupport
                    .subscribeAndAwait(() -> sessions.withTransaction(session -> RowLevelSecurity
                            .scopeTo(session, state)
                            .chain(() -> session.find(AlertImportEntity.class, id))
                            .chain(alertImport -> session.find(AlertListEntity.class, alertImport.listId)
                                    .map(list -> Progress
                                            .resumed(new Running(alertImport, list, jobs.staged(id)))))));
        } catch (Throwable e) {
            LOG.errorf(e, "Import %s of %s %s; the next attempt will try again", id, state, failure);
            return null;
        }
    }

    private void run(Progress progress) {
        Running started = progress.started;
        long alreadyRead = progress.linesRead;
        progress.linesRead = 0;
        try (BufferedReader reader = Files.newBufferedReader(started.file(), StandardCharsets.UTF_8)) {
            BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE_LENGTH);
            LineParser parser = started.alertImport().format == ImportFormat.CSV
                    ? csvParser(lines, started.list(), progress)
                    : line -> json.readValue(line, NewAlertEntry.class);
            while (progress.linesRead < alreadyRead && skip(lines)) {
                progress.linesRead++;
            }
            List<AlertEntryEntity> batch = new ArrayList<>(BATCH);
            while (true) {
                String line;
                try {
                    line = lines.next();
                } catch (BoundedLineReader.LineTooLongException e) {
                    progress.linesRead++;
                    progress.reject(e.getMessage());
                    continue;
                }
                if (line == null) {
                    break;
                }
                progress.linesRead++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    batch.add(toEntry(parser.parse(line), started));
                } catch (InvalidContentException e) {
                    progress.reject(e.errors().stream().map(error -> error.field() + " " + error.message())
                            .collect(Collectors.joining("; ")));
                } catch (IOException | RuntimeException e) {
                    progress.reject(readableReason(e));
                }
                if (batch.size() == BATCH) {
                    store(batch, progress, AlertImportEntity.Status.RUNNING);
                    batch.clear();
                }
            }
            store(batch, progress, AlertImportEntity.Status.DONE);
            deleteStaged(started);
        } catch (LostJobException e) {
            // Another instance runs it now, from its own reading of the staged file.
            LOG.warnf("Import %s was taken over by another instance; this one stops", started.alertImport().id);
        } catch (Exception e) {
            LOG.errorf(e, "Import %s into list %s failed", started.alertImport().id, started.list().id);
            progress.failure = readableReason(e);
            finish(progress, AlertImportEntity.Status.FAILED);
        }
    }

    /** Records the import's end as failed, with the report so far, and drops its staged file. */
    private void finish(Progress progress, AlertImportEntity.Status status) {
        try {
            store(List.of(), progress, status);
            deleteStaged(progress.started);
        } catch (RuntimeException reportFailure) {
            LOG.error("Could not record the end of the import", reportFailure);
        }
    }

    private static void deleteStaged(Running started) {
        try {
            Files.deleteIfExists(started.file());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", started.file(), e.getMessage());
        }
    }

    /**
     * Stores a batch and the report so far, in one transaction scoped to the import's state, with the
     * job's heartbeat (or its end): the report's line count is always what the stored entries cover.
     */
    private void store(List<AlertEntryEntity> batch, Progress progress, AlertImportEntity.Status status) {
        List<AlertEntryEntity> toStore = List.copyOf(batch);
        AlertImportEntity report = progress.started.alertImport();
        long accepted = progress.accepted + toStore.size();
        try {
            VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> RowLevelSecurity
                    .scopeTo(session, report.state)
                    .chain(() -> status == AlertImportEntity.Status.RUNNING
                            ? jobs.heartbeat(session, report.id)
                            : jobs.finish(session, report.id, status == AlertImportEntity.Status.DONE
                                    ? BackgroundJobs.Status.DONE
                                    : BackgroundJobs.Status.FAILED))
                    .chain(() -> toStore.isEmpty() || toStore.getFirst().isDocument()
                            ? Uni.createFrom().voidItem()
                            : personVersions.next(session, report.state)
                                    .invoke(version -> toStore.forEach(entry -> entry.personVersion = version))
                                    .replaceWithVoid())
                    .chain(() -> toStore.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : session.persistAll(toStore.toArray()))
                    .chain(() -> session.find(AlertImportEntity.class, report.id))
                    .invoke(stored -> {
                        stored.status = status;
                        stored.linesRead = progress.linesRead;
                        stored.accepted = accepted;
                        stored.rejected = progress.rejected;
                        stored.rejections = new AlertImportEntity.Rejections(List.copyOf(progress.rejections));
                        stored.failure = progress.failure;
                        stored.finishedAt = status == AlertImportEntity.Status.RUNNING ? null : now();
                    })));
        } catch (LostJobException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("storing a batch of the import failed", e);
        }
        progress.accepted = accepted;
    }

    private AlertEntryEntity toEntry(NewAlertEntry request, Running started) {
        Set<ConstraintViolation<NewAlertEntry>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return AlertEntryRules.toEntity(request, started.list(), "import " + started.alertImport().id, now());
    }

    /** Reads past one line, however long; false at the end of the file. */
    private static boolean skip(BoundedLineReader lines) throws IOException {
        try {
            return lines.next() != null;
        } catch (BoundedLineReader.LineTooLongException e) {
            return true;
        }
    }

    /** Reads the header, then parses each line by it. */
    private LineParser csvParser(BoundedLineReader lines, AlertListEntity list, Progress progress)
            throws IOException {
        String header = lines.next();
        progress.linesRead++;
        if (header == null) {
            throw new IOException("the file is empty: a CSV import starts with a header line");
        }
        CsvSchema schema = CsvSchema.builder().addColumns(Arrays.asList(header.split(",")).stream().map(String::strip)
                .toList(), CsvSchema.ColumnType.STRING).build();
        var rows = csv.readerFor(Map.class).with(schema);
        boolean documents = list.kind == AlertListEntity.Kind.DOCUMENT;
        return line -> {
            Map<String, String> columns = rows.readValue(line);
            return documents ? documentEntry(columns) : personEntry(columns);
        };
    }

    private static NewAlertEntry documentEntry(Map<String, String> columns) {
        return new NewAlertEntry()
                .document(new AlertedDocument()
                        .number(required(columns, "number"))
                        .issuingState(required(columns, "issuingState"))
                        .type(optional(columns, "type") != null
                                ? DocumentType.fromValue(columns.get("type").strip())
                                : null))
                .documentReason(DocumentAlertReason.fromValue(required(columns, "reason")))
                .reference(optional(columns, "reference"));
    }

    private static NewAlertEntry personEntry(Map<String, String> columns) {
        String otherNames = optional(columns, "otherNames");
        return new NewAlertEntry()
                .person(new AlertedPerson()
                        .surname(required(columns, "surname"))
                        .givenNames(optional(columns, "givenNames"))
                        .otherNames(otherNames != null
                                ? Arrays.stream(otherNames.split("\\|")).map(String::strip)
                                        .filter(name -> !name.isEmpty()).toList()
                                : null)
                        .dateOfBirth(optional(columns, "dateOfBirth"))
                        .nationality(optional(columns, "nationality"))
                        .sex(optional(columns, "sex") != null ? Sex.fromValue(columns.get("sex").strip()) : null))
                .personCategory(PersonAlertCategory.fromValue(required(columns, "category")))
                .reference(optional(columns, "reference"));
    }

    private static String required(Map<String, String> columns, String column) {
        String value = optional(columns, column);
        if (value == null) {
            throw new IllegalArgumentException("the column '" + column + "' is empty or missing");
        }
        return value;
    }

    private static String optional(Map<String, String> columns, String column) {
        String value = columns.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String readableReason(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        // Jackson appends the source location; the report names the line already.
        int location = message.indexOf("\n at [Source");
        return (location > 0 ? message.substring(0, location) : message).strip();
    }

    private Path keep(File upload, UUID importId) {
        Path staged = jobs.staged(importId);
        try {
            Files.createDirectories(staged.getParent());
            return Files.move(upload.toPath(), staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload for the import", e);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    @FunctionalInterface
    private interface LineParser {

        NewAlertEntry parse(String line) throws IOException;
    }

    /** What the import has done so far, as its report says. */
    private static final class Progress {

        final Running started;
        long linesRead;
        long accepted;
        long rejected;
        String failure;
        final List<AlertImportEntity.Rejection> rejections = new ArrayList<>();

        Progress(Running started) {
            this.started = started;
        }

        /** The progress its report recorded, to continue from. */
        static Progress resumed(Running started) {
            AlertImportEntity report = started.alertImport();
            Progress progress = new Progress(started);
            progress.linesRead = report.linesRead;
            progress.accepted = report.accepted;
            progress.rejected = report.rejected;
            progress.rejections.addAll(report.rejections.lines());
            return progress;
        }

        void reject(String reason) {
            rejected++;
            if (rejections.size() < REPORTED_REJECTIONS) {
                rejections.add(new AlertImportEntity.Rejection(linesRead, reason));
            }
        }
    }
}
