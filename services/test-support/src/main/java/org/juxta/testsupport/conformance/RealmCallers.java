package org.juxta.testsupport.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.juxta.testsupport.RepositoryFiles;
import org.juxta.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every caller of the test realm: its users, and the machine clients through their service accounts,
 * each with its realm roles and state. Read from keycloak-realm/test-overlay.json (the production realm
 * has no users), so a role or user added there is in every service's access matrix without editing a
 * test.
 */
public record RealmCallers(List<Caller> all) {

    /**
     * A user or a machine client of the realm; {@code declarant} is the declarant identifier a trader's or
     * broker's client lodges as, null for everyone else.
     */
    public record Caller(String name, boolean client, Set<String> roles, String state, String declarant) {

        public String token() {
            return client ? Tokens.ofClient(name) : Tokens.of(name);
        }

        @Override
        public String toString() {
            return (client ? "client " : "") + name;
        }
    }

    private static final String SERVICE_ACCOUNT = "service-account-";

    public static RealmCallers load() {
        JsonNode realm;
        try {
            realm = new ObjectMapper()
                    .readTree(Files.readString(RepositoryFiles.find("keycloak-realm/test-overlay.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Caller> callers = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            Set<String> roles = new TreeSet<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            String state = user.path("attributes").path("state").path(0).asText(null);
            String declarant = user.path("attributes").path("declarantId").path(0).asText(null);
            boolean client = username.startsWith(SERVICE_ACCOUNT);
            callers.add(new Caller(client ? username.substring(SERVICE_ACCOUNT.length()) : username, client, roles,
                    state, declarant));
        }
        return new RealmCallers(List.copyOf(callers));
    }

}
