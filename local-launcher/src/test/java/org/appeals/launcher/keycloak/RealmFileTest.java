package org.appeals.launcher.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Municipality;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ops/keycloak/appeals-realm.json holds what the platform and the banner rely on (LocalKeycloakIT checks tokens). */
class RealmFileTest {

    private static final Path REPO = ServiceJars.repoRoot();
    private static final Path REALM = REPO.resolve("ops/keycloak/appeals-realm.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void demoPeopleHaveTheDocumentedPasswordsRolesAndRealScopes() throws IOException {
        List<DemoPerson> people = DemoPerson.read(REALM);
        JsonNode realm = JSON.readTree(Files.readString(REALM));
        List<String> departments = departmentIds();

        assertThat(people).extracting(DemoPerson::username).containsExactly("cur-operator", "mcu-mikhailovka",
                "roads-mikhailovka", "housing-volgograd", "platform-admin");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("credentials").get(0).path("value").asString())
                    .isEqualTo("demo-" + user.path("username").asString());
        }
        assertThat(people).allSatisfy(person -> {
            assertThat(person.role()).startsWith("appeals-");
            person.municipalities().forEach(code -> assertThat(Municipality.valueOf(code)).isNotNull());
            assertThat(departments).containsAll(person.departments());
        });
        assertThat(people.get(3).departments()).hasSize(2);
    }

    @Test
    void bothClientsMapTheScopeAttributesIntoTheTokens() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(REALM));

        for (JsonNode client : realm.path("clients")) {
            List<String> claims = new ArrayList<>();
            client.path("protocolMappers").forEach(mapper -> {
                JsonNode config = mapper.path("config");
                assertThat(config.path("multivalued").asString()).isEqualTo("true");
                assertThat(config.path("access.token.claim").asString()).isEqualTo("true");
                claims.add(config.path("claim.name").asString());
            });
            assertThat(claims).as(client.path("clientId").asString())
                    .containsExactlyInAnyOrder("appeals_municipalities", "appeals_departments");
        }
    }

    @Test
    void theConsoleUsesPkceAndTheCliNoBrowserFlow() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(REALM));
        JsonNode cli = client(realm, "appeals-cli");
        JsonNode console = client(realm, "appeals-console");

        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(console.path("redirectUris").get(0).asString()).isEqualTo("http://localhost:8080/*");
    }

    @Test
    void theUserProfileDeclaresTheScopeAttributesSoKeycloakKeepsThemAndOnlyAdminsEditThem() throws IOException {
        JsonNode realm = JSON.readTree(Files.readString(REALM));
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asString());

        for (String name : List.of("appeals_municipalities", "appeals_departments")) {
            JsonNode attribute = profile.path("attributes").valueStream()
                    .filter(a -> a.path("name").asString().equals(name)).findFirst().orElseThrow();
            assertThat(attribute.path("multivalued").asBoolean()).isTrue();
            assertThat(attribute.path("permissions").path("edit").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("admin");
        }
    }

    @Test
    void theRealmWithoutPeopleIsTheDemoRealmMinusItsPeopleAndThePasswordGrant() throws IOException {
        JsonNode demo = JSON.readTree(Files.readString(REALM));
        JsonNode withoutPeople = JSON.readTree(Files.readString(REALM.resolveSibling("appeals-realm-without-people.json")));
        // production logs people in through the browser only: no client takes passwords directly
        tools.jackson.databind.node.ObjectNode expected =
                ((tools.jackson.databind.node.ObjectNode) demo.deepCopy()).without("users");
        ((tools.jackson.databind.node.ObjectNode) client(expected, "appeals-cli")).put("directAccessGrantsEnabled", false);

        assertThat(withoutPeople.has("users")).isFalse();
        assertThat(client(withoutPeople, "appeals-cli").path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(withoutPeople).isEqualTo(expected);
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.path("clients").valueStream().filter(c -> c.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow();
    }

    private static List<String> departmentIds() throws IOException {
        JsonNode directory = JSON.readTree(Files.readString(
                REPO.resolve("routing-service/src/main/resources/directory/departments.json")));
        List<String> ids = new ArrayList<>();
        directory.findValues("id").forEach(id -> ids.add(id.asString()));
        return ids;
    }
}
