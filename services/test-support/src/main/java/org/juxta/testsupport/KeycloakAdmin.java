package org.juxta.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The admin REST calls tests need: temporary clients, removed again after use. */
final class KeycloakAdmin {

    private static final String CLIENTS = TestPlatform.KEYCLOAK_URL + "/admin/realms/" + TestPlatform.REALM
            + "/clients";

    private KeycloakAdmin() {
    }

    /**
     * Creates a client with the same scopes, mappers and realm roles as {@code templateClientId}, so its
     * tokens carry the same claims, audiences and roles, but whose access tokens live {@code lifespanSeconds}.
     */
    static void createShortLivedCopyOf(String templateClientId, String clientId, int lifespanSeconds) {
        JsonNode template = find(templateClientId);
        ObjectNode client = (ObjectNode) template.deepCopy();
        client.remove("id");
        client.put("clientId", clientId);
        client.put("name", "temporary test client");
        ((ObjectNode) client.withObject("attributes")).put("access.token.lifespan", String.valueOf(lifespanSeconds));
        client.withArray("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        Http.send(request(CLIENTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client.toString())), 201);
        // The realm's clients have no full scope: a token carries only the realm roles mapped to its client.
        JsonNode realmRoles = Http.send(request(CLIENTS + "/" + template.get("id").asText() + "/scope-mappings/realm")
                .GET(), 200);
        if (!realmRoles.isEmpty()) {
            Http.send(request(CLIENTS + "/" + find(clientId).get("id").asText() + "/scope-mappings/realm")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realmRoles.toString())), 204);
        }
    }

    static void deleteClient(String clientId) {
        Http.send(request(CLIENTS + "/" + find(clientId).get("id").asText()).DELETE(), 204);
    }

    private static JsonNode find(String clientId) {
        JsonNode found = Http.send(request(CLIENTS + "?clientId=" + clientId).GET(), 200);
        if (found.isEmpty()) {
            throw new IllegalStateException("no client " + clientId + " in realm " + TestPlatform.REALM);
        }
        return found.get(0);
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + adminToken());
    }

    private static String adminToken() {
        return Http.postForm(TestPlatform.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", TestPlatform.KEYCLOAK_ADMIN,
                "password", TestPlatform.KEYCLOAK_ADMIN_PASSWORD)).get("access_token").asText();
    }
}
