package org.juxta.shared.rls;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Scopes the current reactive transaction to the caller's state, and for a declarant's client to its
 * declarant, and to its participant (its state's agency, e.g. {@code CHN:customs}): PostgreSQL's row-level
 * security policies then show and accept only that state's rows (on tables segregated by declarant, only
 * that declarant's; on tables of records exchanged between agencies, only those the participant sent or
 * received).
 * <p>
 * Put it next to {@code @WithTransaction} on a service method returning {@code Uni}. A method that
 * forgets it sees no rows and can write none: the policies fail closed.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface StateScoped {
}
