package org.juxta.shared.rls;

import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.shared.caller.Caller;

import io.smallrye.mutiny.Uni;

/**
 * Sets the PostgreSQL settings that Juxta's row-level security policies compare each row with: the
 * state, {@value #STATE_SETTING}, on every segregated table; the declarant, {@value #DECLARANT_SETTING},
 * on the tables of records that a trader or broker lodges (customs declarations); and the participant,
 * {@value #PARTICIPANT_SETTING}, on the tables of records addressed from one state's agency to another's
 * (liaison notices), which only their sender and recipients see.
 * <p>
 * The settings are local to the transaction ({@code set_config(..., true)}), so a pooled connection
 * never carries one caller's scope into another caller's transaction. All three are set by one statement,
 * so a transaction cannot be scoped to a state without being scoped to a declarant and a participant too.
 */
public final class RowLevelSecurity {

    public static final String STATE_SETTING = "juxta.state";
    public static final String DECLARANT_SETTING = "juxta.declarant";
    /**
     * The declarant setting of a caller who acts for the state's agency, not for one declarant: it sees
     * the records of every declarant of the state. No declarant identifier can take this value.
     */
    public static final String EVERY_DECLARANT = "*";
    public static final String PARTICIPANT_SETTING = "juxta.participant";
    /**
     * The participant setting of a caller without an agency: it takes part in no exchange between agencies,
     * and no participant can take this value, so it sees none of their records.
     */
    public static final String NO_PARTICIPANT = "";
    /**
     * The participant setting of a service's own background work (e.g. delivering or escalating notices),
     * never of a caller: it sees the records of every participant. No participant can take this value.
     */
    public static final String EVERY_PARTICIPANT = "*";
    /** A participant: a state's agency, {@code STATE:agency}, e.g. {@code CHN:customs}. */
    public static final Pattern PARTICIPANT = Pattern.compile("[A-Z]{3}:[a-z][a-z0-9-]{0,31}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private RowLevelSecurity() {
    }

    /**
     * Scopes the transaction to a state, acting for its agencies (every declarant's records), as no
     * participant.
     */
    public static Uni<Void> scopeTo(Mutiny.Session session, String state) {
        return scopeTo(session, state, null, null);
    }

    /**
     * Scopes the transaction to a state and, for a caller lodging as a declarant, to that declarant's
     * records; {@code declarant} null means the caller acts for the state's agency. No participant.
     */
    public static Uni<Void> scopeTo(Mutiny.Session session, String state, String declarant) {
        return scopeTo(session, state, declarant, null);
    }

    /**
     * Scopes the transaction as {@link #scopeTo(Mutiny.Session, String, String)} does, and to the records
     * of a participant ({@code STATE:agency}, see {@link #participantOf}); null means none.
     */
    public static Uni<Void> scopeTo(Mutiny.Session session, String state, String declarant, String participant) {
        if (state == null || !STATE.matcher(state).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a state code: " + state));
        }
        if (declarant != null && !Caller.DECLARANT.matcher(declarant).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a declarant identifier: " + declarant));
        }
        if (participant != null && !PARTICIPANT.matcher(participant).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a participant: " + participant));
        }
        // Run as an update: a native select leaves a new entry in Hibernate's query interpretation cache
        // at every execution (their keys never compare equal), and lookups there soon cost more than the
        // request itself.
        return session.createNativeQuery("select set_config('" + STATE_SETTING + "', :state, true), set_config('"
                + DECLARANT_SETTING + "', :declarant, true), set_config('" + PARTICIPANT_SETTING
                + "', :participant, true)")
                .setParameter("state", state)
                .setParameter("declarant", declarant != null ? declarant : EVERY_DECLARANT)
                .setParameter("participant", participant != null ? participant : NO_PARTICIPANT)
                .executeUpdate()
                .replaceWithVoid();
    }

    /**
     * Scopes the transaction to the records of every participant, and to no state: for a service's own
     * background work on the records exchanged between agencies, never for a caller's request. (An update
     * for the same reason as {@link #scopeTo(Mutiny.Session, String, String, String)}.)
     */
    public static Uni<Void> scopeToEveryParticipant(Mutiny.Session session) {
        return session.createNativeQuery("select set_config('" + PARTICIPANT_SETTING + "', :participant, true)")
                .setParameter("participant", EVERY_PARTICIPANT)
                .executeUpdate()
                .replaceWithVoid();
    }

    /**
     * The participant a caller acts as: its state's agency, {@code STATE:agency}; null for a caller whose
     * token names no agency of that form (it takes part in no exchange between agencies).
     */
    public static String participantOf(Caller caller) {
        if (caller.agency() == null) {
            return null;
        }
        String participant = caller.state() + ":" + caller.agency();
        return PARTICIPANT.matcher(participant).matches() ? participant : null;
    }
}
