package org.appeals.launcher.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real Keycloak distribution with the repository's realm; tokens from its real token endpoint. */
class LocalKeycloakIT {

    private static final Path REPO = ServiceJars.repoRoot();
    private static LocalKeycloak keycloak;

    @BeforeAll
    static void start() {
        // unpacked once under target/ and kept, so a second run of the test skips the minute of unpacking and building
        KeycloakSettings settings = new KeycloakSettings(REPO.resolve("local-launcher/target/keycloak-it"),
                Ports.free(), REPO.resolve("ops/keycloak/appeals-realm.json"), "it-admin", "it-admin-password",
                REPO.resolve("local-launcher/target/keycloak-it/keycloak.log"));
        keycloak = LocalKeycloak.start(settings, System.getenv()).awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
            assertThat(keycloak.process().isAlive()).isFalse();
            assertThat(Ports.isFree(keycloak.port())).isTrue();
        }
    }

    @Test
    void anMcuOperatorGetsATokenCarryingItsRoleAndMunicipality() {
        JsonNode claims = claims(keycloak.accessToken("mcu-mikhailovka", "demo-mcu-mikhailovka"));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer().toString());
        assertThat(claims.path("preferred_username").asString()).isEqualTo("mcu-mikhailovka");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("appeals-municipal-operator");
        assertThat(strings(claims.path("appeals_municipalities"))).containsExactly("MIKHAILOVKA");
        assertThat(claims.has("appeals_departments")).isFalse();
    }

    @Test
    void departmentStaffOfTwoDepartmentsGetBothInTheToken() {
        JsonNode claims = claims(keycloak.accessToken("housing-volgograd", "demo-housing-volgograd"));

        assertThat(strings(claims.path("realm_access").path("roles"))).contains("appeals-department-staff");
        assertThat(strings(claims.path("appeals_departments")))
                .containsExactly("volgograd-housing", "volgograd-municipal-services");
    }

    @Test
    void aWrongPasswordGetsNoTokenAndTheErrorDoesNotRepeatIt() {
        assertThatThrownBy(() -> keycloak.accessToken("cur-operator", "not-the-password"))
                .hasMessageContaining("No token for cur-operator").hasMessageContaining("HTTP 401")
                .hasMessageNotContaining("not-the-password");
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonMapper.builder().build().readTree(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
