package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.appeals.support.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins issue, list, rotate and revoke machine keys on the gateway itself; every act is audited with its actor. */
class KeysIT extends GatewayTestBase {

    static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void anIssuedKeyIsShownOnceWorksAtOnceAndIsListedWithoutItsSecret() {
        var issued = post("/api/v1/keys", "{\"client\":\"vk-bot-2\",\"role\":\"CHANNEL\",\"channel\":\"VK\"}");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = json(issued);
        String secret = key.get("key").stringValue();
        String id = key.get("id").stringValue();
        assertThat(secret).startsWith("apk_").hasSize(4 + 43);
        assertThat(issued.headers().firstValue("Location")).hasValue("/api/v1/keys/" + id);
        assertThat(key.get("createdBy").get("id").stringValue()).isEqualTo("platform-admin");

        assertThat(send(request("/api/v1/appeals/" + UUID.randomUUID(), secret).GET()).statusCode()).isEqualTo(202);
        assertThat(intake.only().identity().getSubject()).isEqualTo("vk-bot-2");

        var listed = send(request("/api/v1/keys", ADMIN).GET());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret).doesNotContain("\"key\"").doesNotContain("digest");
        JsonNode entry = find(json(listed), id);
        assertThat(entry.get("client").stringValue()).isEqualTo("vk-bot-2");
        assertThat(entry.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(entry.get("lastUsedAt")).as("the use was recorded").isNotNull();
    }

    @Test
    void aDepartmentKeyActsForEachOfItsDepartmentsAndNoOther() {
        String secret = json(post("/api/v1/keys", "{\"client\":\"housing-system\",\"role\":\"DEPARTMENT\","
                + "\"departments\":[\"volgograd-housing\",\"volgograd-utilities\"]}")).get("key").stringValue();

        var housing = send(request("/api/v1/departments/volgograd-housing/appeals", secret).GET());
        var utilities = send(request("/api/v1/departments/volgograd-utilities/appeals", secret).GET());
        var roads = send(request("/api/v1/departments/mikhailovka-roads/appeals", secret).GET());

        assertThat(housing.statusCode()).isEqualTo(202);
        assertThat(utilities.statusCode()).isEqualTo(202);
        assertThat(roads.statusCode()).isEqualTo(403);
        assertThat(departments.received().get(0).identity().getClaimAsStringList("departments"))
                .containsExactly("volgograd-housing", "volgograd-utilities");
    }

    @Test
    void afterARotationOldAndNewKeysWorkForTheGracePeriodThenOnlyTheNewOne() {
        JsonNode original = json(post("/api/v1/keys", "{\"client\":\"ok-bot\",\"role\":\"CHANNEL\",\"channel\":\"OK\"}"));
        String oldKey = original.get("key").stringValue();

        var rotated = post("/api/v1/keys/" + original.get("id").stringValue() + "/rotate", "{\"graceHours\":2}");

        assertThat(rotated.statusCode()).isEqualTo(201);
        String newKey = json(rotated).get("key").stringValue();
        assertThat(json(rotated).get("rotatedFrom").stringValue()).isEqualTo(original.get("id").stringValue());
        assertThat(status(oldKey)).isEqualTo(202);
        assertThat(status(newKey)).isEqualTo(202);

        ((MovableClock) clock).advance(Duration.ofHours(2).minusMinutes(1));
        assertThat(status(oldKey)).as("still within the grace period").isEqualTo(202);

        ((MovableClock) clock).advance(Duration.ofMinutes(2));
        assertThat(status(oldKey)).as("after the grace period").isEqualTo(401);
        assertThat(status(newKey)).isEqualTo(202);
        assertThat(find(json(send(request("/api/v1/keys", ADMIN).GET())), original.get("id").stringValue())
                .get("status").stringValue()).isEqualTo("EXPIRED");
    }

    @Test
    void aKeyIsRotatedOnceAndWithoutABodyTheGraceIsADay() {
        String id = json(post("/api/v1/keys", "{\"client\":\"tg-bot\",\"role\":\"CHANNEL\",\"channel\":\"TELEGRAM\"}"))
                .get("id").stringValue();

        var first = send(request("/api/v1/keys/" + id + "/rotate", ADMIN).POST(BodyPublishers.noBody()));
        var second = post("/api/v1/keys/" + id + "/rotate", "{}");

        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode old = find(json(send(request("/api/v1/keys", ADMIN).GET())), id);
        assertThat(old.get("status").stringValue()).isEqualTo("EXPIRING");
        assertThat(Duration.between(java.time.Instant.parse(json(first).get("createdAt").stringValue()),
                java.time.Instant.parse(old.get("expiresAt").stringValue()))).isEqualTo(Duration.ofHours(24));
        assertProblem(second, 409, "rotated already");
    }

    @Test
    void aRevokedKeyStopsAtOnceAndTheAuditNamesWhoDidWhat() {
        JsonNode issued = json(post("/api/v1/keys", "{\"client\":\"pos-gw\",\"role\":\"CHANNEL\",\"channel\":\"POS\"}"));
        String secret = issued.get("key").stringValue();
        String id = issued.get("id").stringValue();
        assertThat(status(secret)).isEqualTo(202);

        var revoked = send(request("/api/v1/keys/" + id, ADMIN).DELETE());
        var again = send(request("/api/v1/keys/" + id, ADMIN).DELETE());

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).get("status").stringValue()).isEqualTo("REVOKED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(status(secret)).isEqualTo(401);
        List<String> actions = json(send(request("/api/v1/keys/audit", ADMIN).GET())).valueStream()
                .filter(action -> id.equals(action.get("keyId").stringValue()))
                .map(action -> action.get("action").stringValue() + " by " + action.get("actor").get("id").stringValue()
                        + " as " + action.get("actor").get("role").stringValue())
                .toList();
        assertThat(actions).containsExactlyInAnyOrder("REVOKED by platform-admin as ADMIN",
                "ISSUED by platform-admin as ADMIN");
    }

    @Test
    void theDemoKeysAreInTheStoreAsSeededBySystem() {
        JsonNode keys = json(send(request("/api/v1/keys", ADMIN).GET()));

        assertThat(keys.valueStream().map(k -> k.get("client").stringValue()))
                .contains("vk-adapter", "ok-adapter", "telegram-adapter", "pos-adapter", "email-adapter", "web-form",
                        "operator-console", "platform-admin");
        assertThat(keys.valueStream().filter(k -> k.get("client").stringValue().equals("platform-admin")))
                .allSatisfy(k -> assertThat(k.get("createdBy").get("id").stringValue()).isEqualTo("system"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"client\":\"x\",\"role\":\"ROOT\"}", "{\"client\":\"x\",\"role\":\"CHANNEL\"}",
            "{\"client\":\"x\",\"role\":\"CHANNEL\",\"channel\":\"MAX\"}", "{\"client\":\"x\",\"role\":\"DEPARTMENT\"}",
            "{\"client\":\"x\",\"role\":\"DEPARTMENT\",\"departments\":[\"Roads Dept\"]}",
            "{\"client\":\"x\",\"role\":\"ADMIN\",\"channel\":\"VK\"}", "{\"role\":\"ADMIN\"}",
            "{\"client\":\"a b\",\"role\":\"ADMIN\"}", "not json"})
    void aKeyThatWouldStandForNobodyOrABadScopeIsNotIssued(String body) {
        assertProblem(post("/api/v1/keys", body), 400, "");
    }

    @Test
    void unknownKeysAndABadGraceAreProblems() {
        String id = json(post("/api/v1/keys", "{\"client\":\"web\",\"role\":\"CHANNEL\",\"channel\":\"WEB\"}"))
                .get("id").stringValue();

        assertProblem(post("/api/v1/keys/key-0000000000000000/rotate", "{}"), 404, "There is no key");
        assertProblem(send(request("/api/v1/keys/key-0000000000000000", ADMIN).DELETE()), 404, "There is no key");
        assertProblem(post("/api/v1/keys/" + id + "/rotate", "{\"graceHours\":-1}"), 400, "graceHours");
    }

    private int status(String key) {
        return send(request("/api/v1/appeals/" + UUID.randomUUID(), key).GET()).statusCode();
    }

    private HttpResponse<String> post(String path, String body) {
        return send(request(path, ADMIN).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode keys, String id) {
        return keys.valueStream().filter(k -> id.equals(k.get("id").stringValue())).findFirst().orElseThrow();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains(detailPart)
                .doesNotContain("Exception");
    }
}
