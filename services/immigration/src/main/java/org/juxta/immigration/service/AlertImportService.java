package org.juxta.immigration.service;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.juxta.immigration.api.model.AlertedDocument;
import org.juxta.immigration.api.model.AlertedPerson;
import org.juxta.immigration.api.model.DocumentAlertReason;
import org.juxta.immigration.api.model.NewAlertEntry;
import org.juxta.immigration.api.model.PersonAlertCategory;
import org.juxta.immigration.domain.alert.AlertEntryEntity;
import org.juxta.immigration.domain.alert.AlertImportEntity;
import org.juxta.immigration.domain.alert.AlertListEntity;
import org.juxta.immigration.repository.AlertImportRepository;
import org.juxta.immigration.repository.PersonVersions;
import org.juxta.shared.api.model.DocumentType;
import org.juxta.shared.api.model.Sex;
import org.juxta.shared.audit.AuditAction;
import org.juxta.shared.audit.AuditLog;
import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;
import org.juxta.shared.id.UuidV7;
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
 * Bulk imports of alert entries, by the million: the upload is kept as a file and read line by line
 * in the background, each batch of valid lines stored in a transaction of its own, and the import's
 * report (lines read, accepted, rejected and why) updated after each batch so that it can be followed.
 */
@ApplicationScoped
public class AlertImportService {

    private static final Logger LOG = Logger.getLogger(AlertImportService.class);
    static final int BATCH = 1000;
    /** The report keeps the first rejections; the count covers them all. */
    static final int REPORTED_REJECTIONS = 1000;

    /** The media types an import is read from. */
    public enum Format {
        CSV, JSON_LINES
    }

    /** An accepted import, ready to run in the background once its transaction has committed. */
    public record Started(AlertImportEntity alertImport, AlertListEntity list, Path file, Format format) {
    }

    private final AlertListService lists;
    private final AlertImportRepository imports;
    private final PersonVersions personVersions;
    private final Mutiny.SessionFactory sessions;
    private final CurrentCaller caller;
    private final AuditLog auditLog;
    private final ObjectMapper json;
    private final Validator validator;
    private final Path workDirectory;
    private final CsvMapper csv = new CsvMapper();
    private final Clock clock = Clock.systemUTC();

    AlertImportService(AlertListService lists, AlertImportRepository imports, PersonVersions personVersions,
            Mutiny.SessionFactory sessions,
            CurrentCaller caller, AuditLog auditLog, ObjectMapper json, Validator validator,
            @ConfigProperty(name = "juxta.alerts.import-directory", defaultValue = "${java.io.tmpdir}/juxta-imports") Path workDirectory) {
        this.lists = lists;
        this.imports = imports;
        this.personVersions = personVersions;
        this.sessions = sessions;
        this.caller = caller;
        this.auditLog = auditLog;
        this.json = json;
        this.validator = validator;
        this.workDirectory = workDirectory;
    }

    @WithTransaction
    @StateScoped
    public Uni<Started> start(UUID listId, File upload, Format format) {
        Caller who = caller.get();
        return lists.find(listId).chain(list -> {
            AlertImportEntity alertImport = new AlertImportEntity();
            alertImport.id = UuidV7.next();
            alertImport.state = who.state();
            alertImport.listId = listId;
            alertImport.status = AlertImportEntity.Status.RUNNING;
            alertImport.rejections = new AlertImportEntity.Rejections(List.of());
            alertImport.startedAt = now();
            alertImport.startedBy = who.username();
            // The upload is deleted when the request ends; the import outlives it.
            Path file = keep(upload, alertImport.id);
            // Who imported what into which list is on the audit log; the entries carry the import's id.
            return imports.persist(alertImport)
                    .call(stored -> auditLog.record(AuditAction.CREATE, "alert-import", List.of(stored.id),
                            AlertListService.PURPOSE))
                    .map(stored -> new Started(stored, list, file, format));
        });
    }

    @WithTransaction
    @StateScoped
    public Uni<AlertImportEntity> get(UUID listId, UUID importId) {
        return imports.findById(importId).onItem().ifNull()
                .failWith(() -> new RecordNotFoundException("import", importId))
                .invoke(found -> {
                    if (!found.listId.equals(listId)) {
                        throw new RecordNotFoundException("import", importId);
                    }
                });
    }

    /** Runs the import on a worker thread; its progress is visible through {@link #get}. */
    public void runInBackground(Started started) {
        Infrastructure.getDefaultWorkerPool().execute(() -> run(started));
    }

    private void run(Started started) {
        Progress progress = new Progress(started);
        try (BufferedReader reader = Files.newBufferedReader(started.file(), StandardCharsets.UTF_8)) {
            LineParser parser = started.format() == Format.CSV
                    ? csvParser(reader, started.list(), progress)
                    : line -> json.readValue(line, NewAlertEntry.class);
            List<AlertEntryEntity> batch = new ArrayList<>(BATCH);
            String line;
            while ((line = reader.readLine()) != null) {
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
        } catch (Exception e) {
            LOG.errorf(e, "Import %s into list %s failed", started.alertImport().id, started.list().id);
            progress.failure = readableReason(e);
            try {
                store(List.of(), progress, AlertImportEntity.Status.FAILED);
            } catch (RuntimeException reportFailure) {
                LOG.error("Could not record the failure of the import", reportFailure);
            }
        } finally {
            try {
                Files.deleteIfExists(started.file());
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", started.file(), e.getMessage());
            }
        }
    }

    /** Stores a batch and the report so far, in one transaction scoped to the import's state. */
    private void store(List<AlertEntryEntity> batch, Progress progress, AlertImportEntity.Status status) {
        progress.accepted += batch.size();
        List<AlertEntryEntity> toStore = List.copyOf(batch);
        AlertImportEntity report = progress.started.alertImport();
        try {
            VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> RowLevelSecurity
                    .scopeTo(session, report.state)
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
                        stored.accepted = progress.accepted;
                        stored.rejected = progress.rejected;
                        stored.rejections = new AlertImportEntity.Rejections(List.copyOf(progress.rejections));
                        stored.failure = progress.failure;
                        stored.finishedAt = status == AlertImportEntity.Status.RUNNING ? null : now();
                    })));
        } catch (Throwable e) {
            throw new IllegalStateException("storing a batch of the import failed", e);
        }
    }

    private AlertEntryEntity toEntry(NewAlertEntry request, Started started) {
        Set<ConstraintViolation<NewAlertEntry>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return AlertEntryRules.toEntity(request, started.list(), "import " + started.alertImport().id, now());
    }

    /** Reads the header, then parses each line by it. */
    private LineParser csvParser(BufferedReader reader, AlertListEntity list, Progress progress) throws IOException {
        String header = reader.readLine();
        progress.linesRead++;
        if (header == null) {
            throw new IOException("the file is empty: a CSV import starts with a header line");
        }
        CsvSchema schema = CsvSchema.builder().addColumns(Arrays.asList(header.split(",")).stream().map(String::strip)
                .toList(), CsvSchema.ColumnType.STRING).build();
        var lines = csv.readerFor(Map.class).with(schema);
        boolean documents = list.kind == AlertListEntity.Kind.DOCUMENT;
        return line -> {
            Map<String, String> columns = lines.readValue(line);
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
        try {
            Files.createDirectories(workDirectory);
            return Files.move(upload.toPath(), workDirectory.resolve(importId.toString()),
                    StandardCopyOption.REPLACE_EXISTING);
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

        final Started started;
        long linesRead;
        long accepted;
        long rejected;
        String failure;
        final List<AlertImportEntity.Rejection> rejections = new ArrayList<>();

        Progress(Started started) {
            this.started = started;
        }

        void reject(String reason) {
            rejected++;
            if (rejections.size() < REPORTED_REJECTIONS) {
                rejections.add(new AlertImportEntity.Rejection(linesRead, reason));
            }
        }
    }
}
