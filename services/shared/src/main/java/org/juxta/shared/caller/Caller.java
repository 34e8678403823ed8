package org.juxta.shared.caller;

import java.util.Set;

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
 */
public record Caller(String issuer, String subject, String username, String clientId, String state, String agency,
        String post, Set<String> roles, Set<String> carrierCodes) {

    /** A stable key of the caller across tokens, e.g. to scope idempotency keys. */
    public String principal() {
        return issuer + "#" + subject;
    }
}
