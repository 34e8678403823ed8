package org.juxta.shared.rls;

import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;
import org.juxta.shared.caller.Caller;

import io.smallrye.mutiny.Uni;

/**
 * Sets the PostgreSQL settings that Juxta's row-level security policies compare each row with: the
 * state, {@value #STATE_SETTING}, on every segregated table, and the declarant, {@value #DECLARANT_SETTING},
 * on the tables of records that a trader or broker lodges (customs declarations).
 * <p>
 * The settings are local to the transaction ({@code set_config(..., true)}), so a pooled connection
 * never carries one caller's scope into another caller's transaction. Both are set by one statement,
 * so a transaction cannot be scoped to a state without being scoped to a declarant too.
 */
public final class RowLevelSecurity {

    public static final String STATE_SETTING = "juxta.state";
    public static final String DECLARANT_SETTING = "juxta.declarant";
    /**
     * The declarant setting of a caller who acts for the state's agency, not for one declarant: it sees
     * the records of every declarant of the state. No declarant identifier can take this value.
     */
    public static final String EVERY_DECLARANT = "*";
    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private RowLevelSecurity() {
    }

    /** Scopes the transaction to a state, acting for its agencies (every declarant's records). */
    public static Uni<Void> scopeTo(Mutiny.Session session, String state) {
        return scopeTo(session, state, null);
    }

    /**
     * Scopes the transaction to a state and, for a caller lodging as a declarant, to that declarant's
     * records; {@code declarant} null means the caller acts for the state's agency.
     */
    public static Uni<Void> scopeTo(Mutiny.Session session, String state, String declarant) {
        if (state == null || !STATE.matcher(state).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a state code: " + state));
        }
        if (declarant != null && !Caller.DECLARANT.matcher(declarant).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a declarant identifier: " + declarant));
        }
        // Run as an update: a native select leaves a new entry in Hibernate's query interpretation cache
        // at every execution (their keys never compare equal), and lookups there soon cost more than the
        // request itself.
        return session.createNativeQuery("select set_config('" + STATE_SETTING + "', :state, true), set_config('"
                + DECLARANT_SETTING + "', :declarant, true)")
                .setParameter("state", state)
                .setParameter("declarant", declarant != null ? declarant : EVERY_DECLARANT)
                .executeUpdate()
                .replaceWithVoid();
    }
}
