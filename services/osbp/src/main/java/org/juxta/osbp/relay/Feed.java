package org.juxta.osbp.relay;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * An agency's feed of its outcomes for OSBP passages, as its contract describes it: where it is, and how an entry
 * reads (contracts/immigration.yaml listCrossingOutcomes, customs.yaml listClearanceOutcomes, health.yaml
 * listHealthClearances).
 */
public enum Feed {

    IMMIGRATION("/api/immigration/crossing-outcomes") {

        @Override
        FeedItem read(JsonObject entry) {
            return new FeedItem(this, entry.getLong("position"), uuid(entry, "crossingId"),
                    uuid(entry, "crossingId"), optionalUuid(entry, "passageId"), null, entry.getString("step"),
                    outcome(entry), decidedAt(entry));
        }
    },
    CUSTOMS("/api/customs/clearance-outcomes") {

        @Override
        FeedItem read(JsonObject entry) {
            return new FeedItem(this, entry.getLong("position"), uuid(entry, "declarationId"), null,
                    Optional.empty(), RelayRules.vehicle(entry.getString("transportIdentification")),
                    entry.getString("decision"),
                    outcome(entry), decidedAt(entry));
        }
    },
    HEALTH("/api/health/passages/clearances") {

        @Override
        FeedItem read(JsonObject entry) {
            return new FeedItem(this, entry.getLong("position"), uuid(entry, "declarationId"),
                    uuid(entry, "crossingId"), Optional.empty(), null, entry.getString("clearance"), outcome(entry),
                    decidedAt(entry));
        }
    };

    private final String path;

    Feed(String path) {
        this.path = path;
    }

    /** The feed's path on its agency's service. */
    public String path() {
        return path;
    }

    /** The agency, as the facility's control sequences and the relay's tables name it. */
    public String agency() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An entry of the feed; fails on one its contract does not allow. */
    abstract FeedItem read(JsonObject entry);

    public static Feed ofAgency(String agency) {
        return valueOf(agency.toUpperCase(Locale.ROOT));
    }

    private static UUID uuid(JsonObject entry, String field) {
        return optionalUuid(entry, field)
                .orElseThrow(() -> new IllegalArgumentException("the feed's entry has no " + field));
    }

    private static Optional<UUID> optionalUuid(JsonObject entry, String field) {
        return Optional.ofNullable(entry.getString(field)).map(UUID::fromString);
    }

    private static RelayRules.Outcome outcome(JsonObject entry) {
        return RelayRules.Outcome.valueOf(entry.getString("outcome"));
    }

    private static OffsetDateTime decidedAt(JsonObject entry) {
        return OffsetDateTime.parse(entry.getString("decidedAt"));
    }
}
