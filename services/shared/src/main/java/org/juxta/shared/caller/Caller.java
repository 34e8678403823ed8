package org.juxta.shared.caller;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who is calling, as asserted by a validated access token of the Juxta realm.
 *
 * @param issuer
 *            the token's {@code iss}
 * @param subject
 *            the token's {@code sub}
 * @param username
 *            the user name, or the client id for a machine client
 * @param clientId
 *            the OAuth client the caller used ({@code azp})
 * @param state
 *            the ISO 3166-1 alpha-3 code of the state whose records the caller may see
 * @param agency
 *            the agency the caller works for
 * @param post
 *            the border crossing point the caller works at
 * @param roles
 *            the realm roles
 * @param carrierCodes
 *            for a carrier's client, the airline designators whose flights it may report; else empty
 * @param declarant
 *            for a trader's or broker's client (role {@value Roles#DECLARANT}) or a traveller-facing health app
 *            (role {@value Roles#HEALTH_DECLARANT}), the declarant identifier it lodges or submits as and whose
 *            records alone it may see; else null
 */
public record Caller(String issuer, String subject, String username, String clientId, String state, String agency,
        String post, Set<String> roles, Set<String> carrierCodes, String declarant) {

    /** A declarant identifier: a two-letter country code and up to 15 letters or digits, as an EORI number. */
    public static final Pattern DECLARANT = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}");

    /**
     * A caller from its token's claims, read by name: the realm's claim names and the user name's fallback to
     * the client id live here once, for a request's verified token ({@link CurrentCaller}) and for a token a
     * service fetched for its own client. The state is given as its reader read it: checking it is the reader's
     * part, and a claim is not read twice.
     */
    public static Caller fromClaims(Function<String, String> claim, String state, Set<String> roles,
            Set<String> carrierCodes, String declarant) {
        String clientId = claim.apply("azp");
        String username = claim.apply("preferred_username");
        return new Caller(claim.apply("iss"), claim.apply("sub"), username != null ? username : clientId, clientId,
                state, claim.apply("agency"), claim.apply("post"), roles, carrierCodes, declarant);
    }

    /** A stable key of the caller across tokens, e.g. to scope idempotency keys. */
    public String principal() {
        return issuer + "#" + subject;
    }
}
