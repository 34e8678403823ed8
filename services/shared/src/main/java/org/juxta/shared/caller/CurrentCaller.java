package org.juxta.shared.caller;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, read once from the validated token.
 * <p>
 * The state, agency and post come from the token only; nothing in a request body or header can change
 * them. A token without a well-formed {@code state} claim is refused, because every record is scoped
 * to a state and there would be nothing the caller may see.
 */
@RequestScoped
public class CurrentCaller {

    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Caller read() {
        if (identity.isAnonymous() || token.getRawToken() == null) {
            throw new UnauthorizedException();
        }
        String state = token.getClaim("state");
        if (state == null || !STATE.matcher(state).matches()) {
            throw new ForbiddenException("The access token carries no valid state claim.");
        }
        return Caller.fromClaims(token::getClaim, state, Set.copyOf(identity.getRoles()), carrierCodes(),
                declarant());
    }

    /**
     * The declarant a trader's or broker's client lodges as, or a traveller-facing health app submits as, from
     * the {@code declarant} claim. A client with either role but no valid claim is refused: it would otherwise
     * act for no one, or for everyone.
     */
    private String declarant() {
        if (!identity.hasRole(Roles.DECLARANT) && !identity.hasRole(Roles.HEALTH_DECLARANT)) {
            return null;
        }
        String declarant = token.getClaim("declarant");
        if (declarant == null || !Caller.DECLARANT.matcher(declarant).matches()) {
            throw new ForbiddenException("The access token of a declarant carries no valid declarant claim.");
        }
        return declarant;
    }

    /** The {@code carrier_codes} claim: an array, or one string when the client has a single code. */
    private Set<String> carrierCodes() {
        Object claim = token.getClaim("carrier_codes");
        Set<String> codes = new TreeSet<>();
        switch (claim) {
            case null -> {
            }
            case JsonArray array -> array.forEach(value -> codes.add(value instanceof JsonString text
                    ? text.getString()
                    : value.toString()));
            case Collection<?> values -> values.forEach(value -> codes.add(String.valueOf(value)));
            case JsonString text -> codes.add(text.getString());
            default -> codes.add(claim.toString());
        }
        return Set.copyOf(codes);
    }
}
