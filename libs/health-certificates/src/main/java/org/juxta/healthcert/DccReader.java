package org.juxta.healthcert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.juxta.healthcert.HealthCertificate.HolderName;
import org.juxta.healthcert.HealthCertificate.RecoveryEntry;
import org.juxta.healthcert.HealthCertificate.TestEntry;
import org.juxta.healthcert.HealthCertificate.VaccinationEntry;
import org.juxta.healthcert.Verification.Step;
import org.juxta.vocabulary.PartialDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the DCC of a verified payload into a {@link HealthCertificate}: what each field must be for the summary to be
 * typed, no more. The DCC JSON schema says more (value sets, patterns, lengths) and has changed between versions; a
 * certificate signed by a trusted issuer is not refused here for a detail of it.
 */
final class DccReader {

    private DccReader() {
    }

    static HealthCertificate read(Optional<String> issuerCountry, Instant issuedAt, Instant expiresAt, JsonNode dcc)
            throws MalformedException {
        requireMap(dcc, "the health certificate (claim -260, 1)");
        HolderName name = name(requireMap(field(dcc, "nam", "nam (the holder's name)"), "nam"));
        List<VaccinationEntry> vaccinations = new ArrayList<>();
        for (JsonNode entry : group(dcc, "v")) {
            vaccinations.add(vaccination(entry, "v[%d]".formatted(vaccinations.size())));
        }
        List<TestEntry> tests = new ArrayList<>();
        for (JsonNode entry : group(dcc, "t")) {
            tests.add(test(entry, "t[%d]".formatted(tests.size())));
        }
        List<RecoveryEntry> recoveries = new ArrayList<>();
        for (JsonNode entry : group(dcc, "r")) {
            recoveries.add(recovery(entry, "r[%d]".formatted(recoveries.size())));
        }
        if (vaccinations.isEmpty() && tests.isEmpty() && recoveries.isEmpty()) {
            throw malformed("the health certificate holds no vaccination (v), test (t) or recovery (r)");
        }
        return new HealthCertificate(issuerCountry, issuedAt, expiresAt, text(dcc, "ver", ""), name,
                dateOfBirth(text(dcc, "dob", "")), vaccinations, tests, recoveries);
    }

    private static HolderName name(JsonNode nam) throws MalformedException {
        return new HolderName(optionalText(nam, "fn", "nam."), optionalText(nam, "gn", "nam."),
                text(nam, "fnt", "nam."), optionalText(nam, "gnt", "nam."));
    }

    private static VaccinationEntry vaccination(JsonNode entry, String path) throws MalformedException {
        requireMap(entry, path);
        String prefix = path + ".";
        return new VaccinationEntry(text(entry, "tg", prefix), text(entry, "vp", prefix), text(entry, "mp", prefix),
                text(entry, "ma", prefix), integer(entry, "dn", prefix), integer(entry, "sd", prefix),
                date(entry, "dt", prefix), text(entry, "co", prefix), text(entry, "is", prefix),
                text(entry, "ci", prefix));
    }

    private static TestEntry test(JsonNode entry, String path) throws MalformedException {
        requireMap(entry, path);
        String prefix = path + ".";
        return new TestEntry(text(entry, "tg", prefix), text(entry, "tt", prefix), optionalText(entry, "nm", prefix),
                optionalText(entry, "ma", prefix), dateTime(entry, "sc", prefix), text(entry, "tr", prefix),
                optionalText(entry, "tc", prefix), text(entry, "co", prefix), text(entry, "is", prefix),
                text(entry, "ci", prefix));
    }

    private static RecoveryEntry recovery(JsonNode entry, String path) throws MalformedException {
        requireMap(entry, path);
        String prefix = path + ".";
        return new RecoveryEntry(text(entry, "tg", prefix), date(entry, "fr", prefix), text(entry, "co", prefix),
                text(entry, "is", prefix), date(entry, "df", prefix), date(entry, "du", prefix),
                text(entry, "ci", prefix));
    }

    /** The entries of a group, none when it is absent. */
    private static List<JsonNode> group(JsonNode dcc, String key) throws MalformedException {
        JsonNode group = dcc.get(key);
        if (group == null || group.isNull()) {
            return List.of();
        }
        if (!group.isArray()) {
            throw malformed("%s is %s, not an array".formatted(key, Cbor.describe(group)));
        }
        List<JsonNode> entries = new ArrayList<>(group.size());
        group.forEach(entries::add);
        return entries;
    }

    /**
     * The date of birth: ISO 8601 at reduced precision ({@code 1964}, {@code 1964-08}, {@code 1964-08-12}), empty when
     * unknown; schema 1.0 also let issuers write a date and time, whose date is taken.
     */
    private static Optional<PartialDate> dateOfBirth(String dob) throws MalformedException {
        if (dob.isEmpty()) {
            return Optional.empty();
        }
        String date = dob.length() > 10 && dob.charAt(10) == 'T' ? dob.substring(0, 10) : dob;
        try {
            return Optional.of(PartialDate.parse(date));
        } catch (IllegalArgumentException e) {
            throw malformed("dob %s is not a date of birth (YYYY, YYYY-MM or YYYY-MM-DD)".formatted(quote(dob)));
        }
    }

    private static LocalDate date(JsonNode entry, String key, String prefix) throws MalformedException {
        String text = text(entry, key, prefix);
        // Schema 1.0 allowed a date and time where later versions have a date.
        String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw malformed("%s%s %s is not a date (YYYY-MM-DD)".formatted(prefix, key, quote(text)));
        }
    }

    /** A date and time; one without an offset is read as UTC, as the DCC schema's examples are. */
    private static Instant dateTime(JsonNode entry, String key, String prefix) throws MalformedException {
        String text = text(entry, key, prefix);
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset
                    ? withOffset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw malformed("%s%s %s is not a date and time (ISO 8601)".formatted(prefix, key, quote(text)));
        }
    }

    private static int integer(JsonNode entry, String key, String prefix) throws MalformedException {
        JsonNode value = field(entry, key, prefix + key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw malformed("%s%s is %s, not a whole number".formatted(prefix, key, Cbor.describe(value)));
        }
        return value.intValue();
    }

    private static String text(JsonNode entry, String key, String prefix) throws MalformedException {
        JsonNode value = field(entry, key, prefix + key);
        if (!value.isTextual()) {
            throw malformed("%s%s is %s, not text".formatted(prefix, key, Cbor.describe(value)));
        }
        return value.textValue();
    }

    private static Optional<String> optionalText(JsonNode entry, String key, String prefix)
            throws MalformedException {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw malformed("%s%s is %s, not text".formatted(prefix, key, Cbor.describe(value)));
        }
        return Optional.of(value.textValue());
    }

    private static JsonNode field(JsonNode map, String key, String what) throws MalformedException {
        JsonNode value = map.get(key);
        if (value == null || value.isNull()) {
            throw malformed("%s is missing".formatted(what));
        }
        return value;
    }

    private static JsonNode requireMap(JsonNode node, String what) throws MalformedException {
        if (!node.isObject()) {
            throw malformed("%s is %s, not a map".formatted(what, Cbor.describe(node)));
        }
        return node;
    }

    /** A value from the certificate, cut short and without control characters: it is hostile input bound for logs. */
    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }

    private static MalformedException malformed(String message) {
        return new MalformedException(Step.HCERT, message);
    }
}
