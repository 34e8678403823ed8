package org.juxta.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Real access tokens from the running Keycloak, and the bad tokens a service must refuse: expired,
 * signed by another key, or issued for another audience.
 */
public final class Tokens {

    private static final String TOKEN_ENDPOINT = TestPlatform.ISSUER + "/protocol/openid-connect/token";
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a test user, from the password grant of the juxta-cli client. */
    public static String of(String username) {
        return cached("user:" + username, () -> Http.postForm(TOKEN_ENDPOINT, Map.of(
                "grant_type", "password",
                "client_id", TestUsers.CLI_CLIENT,
                "username", username,
                "password", username)));
    }

    /** A token of a machine client, from the client credentials grant. */
    public static String ofClient(String clientId) {
        return cached("client:" + clientId, () -> Http.postForm(TOKEN_ENDPOINT, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", TestUsers.secretOf(clientId))));
    }

    /**
     * A token of a test user that no test has used yet (every call asks Keycloak for a new one), for tests of
     * what happens the first time a service sees a token.
     */
    public static String fresh(String username) {
        return Http.postForm(TOKEN_ENDPOINT, Map.of(
                "grant_type", "password",
                "client_id", TestUsers.CLI_CLIENT,
                "username", username,
                "password", username)).get("access_token").asText();
    }

    /**
     * A token of a test user that Keycloak issued with all the usual claims and audiences but that has
     * expired: it comes from a temporary client whose tokens live one second.
     */
    public static String expired(String username) {
        String token = shortLived(username, 1);
        sleepUntil(expiry(token).plusSeconds(1));
        return token;
    }

    /**
     * A new token of a test user with all the usual claims and audiences that expires after the given
     * number of seconds ({@link #expiry}): it comes from a temporary client with that token lifespan.
     */
    public static String shortLived(String username, int lifespanSeconds) {
        String clientId = "juxta-test-expiring-" + UUID.randomUUID();
        KeycloakAdmin.createShortLivedCopyOf(TestUsers.CLI_CLIENT, clientId, lifespanSeconds);
        try {
            JsonNode response = Http.postForm(TOKEN_ENDPOINT, Map.of(
                    "grant_type", "password",
                    "client_id", clientId,
                    "username", username,
                    "password", username));
            return response.get("access_token").asText();
        } finally {
            KeycloakAdmin.deleteClient(clientId);
        }
    }

    /** When a token expires (its {@code exp}). */
    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(claims(token).get("exp").asLong());
    }

    /** Waits until the given instant has passed. */
    public static void sleepUntil(Instant instant) {
        long millis = instant.toEpochMilli() - System.currentTimeMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A token with exactly the claims and key id of a real token of the user, but signed with a key
     * the realm never had.
     */
    public static String signedByAnotherKey(String username) {
        String real = of(username);
        try {
            JsonWebSignature forged = new JsonWebSignature();
            forged.setPayload(new String(Base64.getUrlDecoder().decode(real.split("\\.")[1]), StandardCharsets.UTF_8));
            forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            forged.setKeyIdHeaderValue(header(real).get("kid").asText());
            forged.setKey(newRsaKey().getPrivate());
            return forged.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A tampered copy of a token: its payload with {@code original} replaced by {@code replacement}, its header
     * and signature kept.
     */
    public static String withPayloadReplaced(String token, String original, String replacement) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        if (!payload.contains(original)) {
            throw new IllegalArgumentException("the token's payload has no " + original);
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace(original, replacement).getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    /** The decoded payload of a token. */
    public static JsonNode claims(String token) {
        return decode(token.split("\\.")[1]);
    }

    private static JsonNode header(String token) {
        return decode(token.split("\\.")[0]);
    }

    private static JsonNode decode(String part) {
        try {
            return Http.JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private static String cached(String key, java.util.function.Supplier<JsonNode> fetch) {
        CachedToken token = CACHE.get(key);
        // Keep a margin: a token must not expire in the middle of the test that uses it.
        if (token == null || token.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
            String accessToken = fetch.get().get("access_token").asText();
            token = new CachedToken(accessToken, Instant.ofEpochSecond(claims(accessToken).get("exp").asLong()));
            CACHE.put(key, token);
        }
        return token.value();
    }

    private static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CachedToken(String value, Instant expiresAt) {
    }
}
