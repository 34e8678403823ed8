package org.juxta.shared.rls;

import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Sets the PostgreSQL setting {@value #STATE_SETTING} that every row-level security policy of Juxta
 * compares each row's state with.
 * <p>
 * The setting is local to the transaction ({@code set_config(..., true)}), so a pooled connection
 * never carries one caller's state into another caller's transaction.
 */
public final class RowLevelSecurity {

    public static final String STATE_SETTING = "juxta.state";
    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private RowLevelSecurity() {
    }

    public static Uni<Void> scopeTo(Mutiny.Session session, String state) {
        if (state == null || !STATE.matcher(state).matches()) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a state code: " + state));
        }
        // Run as an update: a native select leaves a new entry in Hibernate's query interpretation cache
        // at every execution (their keys never compare equal), and lookups there soon cost more than the
        // request itself.
        return session.createNativeQuery("select set_config('" + STATE_SETTING + "', :state, true)")
                .setParameter("state", state)
                .executeUpdate()
                .replaceWithVoid();
    }
}
