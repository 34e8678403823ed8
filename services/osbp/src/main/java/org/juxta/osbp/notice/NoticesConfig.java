package org.juxta.osbp.notice;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Liaison notices: who may receive them, what they may carry, how soon they must be acknowledged, how they flow. */
@ConfigMapping(prefix = "juxta.notices")
public interface NoticesConfig {

    /**
     * The agencies of each state that take part in liaison, as the {@code agency} claim names them: a notice is
     * addressed to {@code STATE:agency} of the other state with one of these agencies.
     */
    @WithDefault("immigration,customs,health,osbp")
    List<String> agencies();

    /** The time a recipient has to acknowledge an URGENT notice before it is escalated. */
    @WithDefault("15m")
    Duration acknowledgeUrgentWithin();

    /** The time a recipient has to acknowledge a HIGH priority notice before it is escalated. */
    @WithDefault("1h")
    Duration acknowledgeHighWithin();

    /** The time a recipient has to acknowledge a NORMAL priority notice before it is escalated. */
    @WithDefault("8h")
    Duration acknowledgeNormalWithin();

    /** The time a recipient has to acknowledge a LOW priority notice before it is escalated. */
    @WithDefault("72h")
    Duration acknowledgeLowWithin();

    /** How often each instance escalates the recipients whose acknowledgement is overdue (NoticeEscalation). */
    @WithDefault("30s")
    Duration escalateEvery();

    /** The largest total size of a notice's attachments, decoded, in bytes (each is at most 1 MiB). */
    @WithDefault("1048576")
    int maxAttachmentsSize();

    /**
     * How often a connected stream looks for new events even without a notification from PostgreSQL (a safety
     * net: a notification is lost while the listening connection is down).
     */
    @WithDefault("5s")
    Duration streamPollEvery();

    /** How often a connected stream sends a comment line, so that proxies keep an idle connection open. */
    @WithDefault("15s")
    Duration streamHeartbeatEvery();

    /** How long a stream connection lasts before the server ends it and the client reconnects with Last-Event-ID. */
    @WithDefault("5m")
    Duration streamLifetime();

    /**
     * How many event streams one caller may hold open at once on one instance; more are refused with 429. A
     * client needs one; each holds a connection of the gateway's pool to this service, which the bound keeps
     * for everyone else.
     */
    @WithDefault("4")
    int streamsPerCaller();
}
