package org.juxta.shared.rls;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.juxta.shared.caller.Caller;
import org.juxta.shared.caller.CurrentCaller;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Implements {@link StateScoped}: scopes the transaction to the caller's state, declarant and participant
 * (its state's agency). Its priority places it inside the transaction that
 * {@code @WithTransaction} (priority 200) opens, so the setting applies to that transaction.
 */
@StateScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class StateScopeInterceptor {

    private final CurrentCaller caller;

    StateScopeInterceptor(CurrentCaller caller) {
        this.caller = caller;
    }

    @AroundInvoke
    Object scope(InvocationContext invocation) {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            throw new IllegalStateException("@StateScoped needs a method returning Uni: " + invocation.getMethod());
        }
        Caller scope = caller.get();
        return Panache.getSession()
                .invoke(session -> {
                    // The setting is transaction-local: outside a transaction it would vanish after one statement.
                    if (session.currentTransaction() == null) {
                        throw new IllegalStateException(
                                "@StateScoped needs @WithTransaction: " + invocation.getMethod());
                    }
                })
                .chain(session -> RowLevelSecurity.scopeTo(session, scope.state(), scope.declarant(),
                        RowLevelSecurity.participantOf(scope)))
                .chain(() -> proceed(invocation));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
