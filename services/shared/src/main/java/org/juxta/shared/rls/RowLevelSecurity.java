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
        // A typed result: an untyped native query leaves a new entry in Hibernate's query interpretation
        // cache at every execution, and lookups in it soon cost more than the request.
        return session.createNativeQuery("select set_config('" + STATE_SETTING + "', :state, true)", String.class)
                .setParameter("state", state)
                .getSingleResult()
                .replaceWithVoid();
    }
}
