package org.juxta.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * keycloak-realm/juxta-realm.json is the realm a deployment imports: nothing in it may let someone in who was not
 * given an account, or let a known password or secret reach a production Keycloak. What tests need (users, secrets,
 * the password grant) lives in keycloak-realm/test-overlay.json, which ./juxta merges on top locally.
 */
class ProductionRealmTest {

    private static final String REALM_FILE = "keycloak-realm/juxta-realm.json";
    /** Keys that would carry a credential: client secrets, passwords, private keys, identity providers' secrets. */
    private static final Pattern CREDENTIAL_KEY = Pattern.compile("(?i).*secret.*|credentials|password|privateKey");
    private static final Pattern POLICY_TERM = Pattern.compile("(\\w+)(?:\\(([^)]*)\\))?");
    private static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** The longest an attacker who knows a user name can keep that user out with one failed login. */
    private static final int LONGEST_LOCKOUT_SECONDS = 300;

    private static final JsonNode REALM = read();

    @Test
    void hasNoUsers() {
        assertThat(REALM.path("users")).as("%s: users (service accounts included) belong in test-overlay.json;"
                + " an operator creates the real ones (keycloak-realm/README.md)", REALM_FILE).isEmpty();
        assertThat(REALM.path("federatedUsers")).as("%s: federatedUsers", REALM_FILE).isEmpty();
    }

    @Test
    void holdsNoSecretOrCredential() {
        List<String> found = new ArrayList<>();
        collectCredentialKeys(REALM, "", found);
        assertThat(found).as("%s: Keycloak generates confidential clients' secrets at import; test secrets belong in"
                + " test-overlay.json", REALM_FILE).isEmpty();
    }

    @Test
    void noClientHasThePasswordGrantOrTheImplicitFlow() {
        for (JsonNode client : REALM.path("clients")) {
            String id = client.path("clientId").asText();
            // Explicit false: Keycloak's defaults differ between the import and the admin console.
            assertThat(client.path("directAccessGrantsEnabled").isBoolean()
                    && !client.path("directAccessGrantsEnabled").asBoolean())
                    .as("%s: client %s must say \"directAccessGrantsEnabled\": false (no password grant)", REALM_FILE,
                            id)
                    .isTrue();
            assertThat(client.path("implicitFlowEnabled").isBoolean()
                    && !client.path("implicitFlowEnabled").asBoolean())
                    .as("%s: client %s must say \"implicitFlowEnabled\": false", REALM_FILE, id).isTrue();
        }
    }

    @Test
    void hasAPasswordPolicy() {
        Map<String, String> policy = new HashMap<>();
        Matcher term = POLICY_TERM.matcher(REALM.path("passwordPolicy").asText());
        while (term.find()) {
            if (!"and".equals(term.group(1))) {
                policy.put(term.group(1), term.group(2) == null ? "" : term.group(2));
            }
        }
        assertThat(policy).as("%s: passwordPolicy", REALM_FILE).containsKeys("length", "notUsername",
                "passwordHistory");
        assertThat(Integer.parseInt(policy.get("length"))).as("%s: passwordPolicy length", REALM_FILE)
                .isGreaterThanOrEqualTo(MINIMUM_PASSWORD_LENGTH);
    }

    @Test
    void bruteForceProtectionLocksTemporarilyOnlyAndBriefly() {
        assertThat(REALM.path("bruteForceProtected").asBoolean()).as("%s: bruteForceProtected", REALM_FILE).isTrue();
        // Permanent lockout disables the account: anyone who knows a user name could lock that officer out.
        assertThat(REALM.path("permanentLockout").isBoolean() && !REALM.path("permanentLockout").asBoolean())
                .as("%s: \"permanentLockout\": false", REALM_FILE).isTrue();
        assertThat(REALM.path("maxTemporaryLockouts").asInt(0)).as("%s: maxTemporaryLockouts", REALM_FILE).isZero();
        // Keycloak disables the account after this many wrong one-time codes, whatever permanentLockout says.
        assertThat(REALM.path("maxSecondaryAuthFailures").asInt(0)).as("%s: maxSecondaryAuthFailures", REALM_FILE)
                .isZero();
        assertThat(REALM.path("maxFailureWaitSeconds").asInt()).as("%s: maxFailureWaitSeconds", REALM_FILE)
                .isBetween(1, LONGEST_LOCKOUT_SECONDS);
        assertThat(REALM.path("minimumQuickLoginWaitSeconds").asInt())
                .as("%s: minimumQuickLoginWaitSeconds", REALM_FILE).isBetween(0, LONGEST_LOCKOUT_SECONDS);
    }

    /** The realm roles that must log in with a second factor: every supervisor, and the auditors. */
    static Stream<String> rolesRequiringOtp() {
        List<String> roles = new ArrayList<>();
        for (JsonNode role : REALM.path("roles").path("realm")) {
            String name = role.path("name").asText();
            if (name.endsWith("-supervisor") || "auditor".equals(name)) {
                roles.add(name);
            }
        }
        assertThat(roles).as("%s: supervisor and auditor roles", REALM_FILE).contains("immigration-supervisor",
                "auditor");
        return roles.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rolesRequiringOtp")
    void theBrowserFlowAsksForAOneTimeCode(String role) {
        String browserFlow = REALM.path("browserFlow").asText();
        assertThat(flow(browserFlow).path("topLevel").asBoolean())
                .as("%s: browserFlow names a top-level flow of authenticationFlows", REALM_FILE).isTrue();
        assertThat(conditionalOtpFlowsReachableFrom(browserFlow)).as("%s: the browser flow \"%s\" must have a"
                + " CONDITIONAL sub-flow with a REQUIRED conditional-user-role (condUserRole %s) and a REQUIRED"
                + " auth-otp-form", REALM_FILE, browserFlow, role).contains(role);
        for (JsonNode client : REALM.path("clients")) {
            assertThat(client.path("authenticationFlowBindingOverrides").path("browser").isMissingNode())
                    .as("%s: client %s overrides the browser flow, and with it the second factor", REALM_FILE,
                            client.path("clientId").asText())
                    .isTrue();
        }
    }

    /** The roles for which a sub-flow reachable from the flow (through enabled executions) requires OTP. */
    private static Set<String> conditionalOtpFlowsReachableFrom(String alias) {
        Set<String> roles = new TreeSet<>();
        for (JsonNode execution : flow(alias).path("authenticationExecutions")) {
            if (!execution.path("authenticatorFlow").asBoolean()
                    || "DISABLED".equals(execution.path("requirement").asText())) {
                continue;
            }
            String subFlow = execution.path("flowAlias").asText();
            if ("CONDITIONAL".equals(execution.path("requirement").asText())) {
                otpRole(flow(subFlow)).ifPresent(roles::add);
            }
            roles.addAll(conditionalOtpFlowsReachableFrom(subFlow));
        }
        return roles;
    }

    /** The role of a conditional flow made of exactly "user has role X" and "one-time code". */
    private static Optional<String> otpRole(JsonNode flow) {
        String role = null;
        boolean otp = false;
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if (!"REQUIRED".equals(execution.path("requirement").asText())) {
                continue;
            }
            String authenticator = execution.path("authenticator").asText();
            if ("conditional-user-role".equals(authenticator)) {
                JsonNode config = authenticatorConfig(execution.path("authenticatorConfig").asText());
                if (!config.path("negate").asBoolean()) {
                    role = config.path("condUserRole").asText(null);
                }
            } else if ("auth-otp-form".equals(authenticator)) {
                otp = true;
            }
        }
        return otp ? Optional.ofNullable(role) : Optional.empty();
    }

    private static JsonNode flow(String alias) {
        for (JsonNode flow : REALM.path("authenticationFlows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        throw new AssertionError(REALM_FILE + ": no authentication flow \"" + alias + "\"");
    }

    private static JsonNode authenticatorConfig(String alias) {
        for (JsonNode config : REALM.path("authenticatorConfig")) {
            if (alias.equals(config.path("alias").asText())) {
                return config.path("config");
            }
        }
        throw new AssertionError(REALM_FILE + ": no authenticatorConfig \"" + alias + "\"");
    }

    private static void collectCredentialKeys(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = path + "/" + field.getKey();
                if (CREDENTIAL_KEY.matcher(field.getKey()).matches()) {
                    found.add(at);
                }
                collectCredentialKeys(field.getValue(), at, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectCredentialKeys(node.get(i), path + "/" + i, found);
            }
        }
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Files.readString(RepositoryFiles.find(REALM_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
