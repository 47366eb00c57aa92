package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People, not shared keys: the demo people log in at Keycloak's real token endpoint and the gateway holds each to
 * their scope — the operator of Михайловка's centre (МЦУ) sees and acts on Михайловка's appeals only, department
 * staff work only their departments, every act names who did it. Machines' keys are issued, rotated and revoked by
 * an admin at run time; a service's own port answers nobody but the gateway.
 */
class IdentityEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private static SharedPlatform shared;
    private static GatewayClient gateway;
    private static List<JsonNode> samples;
    private static String regional;
    private static String mikhailovkaCentre;
    private static String roadsClerk;
    private static String housingClerk;
    private static String admin;

    @BeforeAll
    static void logIn() throws Exception {
        shared = SharedPlatform.get();
        gateway = shared.gateway;
        regional = GatewayClient.bearer(shared.login("cur-operator"));
        mikhailovkaCentre = GatewayClient.bearer(shared.login("mcu-mikhailovka"));
        roadsClerk = GatewayClient.bearer(shared.login("roads-mikhailovka"));
        housingClerk = GatewayClient.bearer(shared.login("housing-volgograd"));
        admin = GatewayClient.bearer(shared.login("platform-admin"));
        Path sampleFile = ServiceJars.repoRoot().getParent().resolve("shared/samples/appeals-sample.jsonl");
        samples = Files.readAllLines(sampleFile).stream().filter(line -> !line.isBlank()).map(JSON::readTree).toList();
    }

    @Test
    void theOperatorOfMikhailovkasCentreSeesAndActsOnMikhailovkaOnly() {
        String ours = post("demo-channel-vk", samples.get(0), "idt-mikhailovka"); // pothole in Михайловка
        String theirs = post("demo-channel-vk", samples.get(1), "idt-volzhsky"); // no hot water in Волжский
        JsonNode oursAssigned = awaitAssigned(ours);
        JsonNode theirsAssigned = awaitAssigned(theirs);
        assertThat(oursAssigned.at("/municipality/code").asText()).isEqualTo("MIKHAILOVKA");
        assertThat(theirsAssigned.at("/municipality/code").asText()).isEqualTo("VOLZHSKY");

        assertThat(gateway.get("/api/v1/appeals/" + ours, mikhailovkaCentre).status()).isEqualTo(200);
        var foreign = gateway.get("/api/v1/appeals/" + theirs, mikhailovkaCentre);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body().toString()).doesNotContain("Волжск");

        // the roads clerk answers in person; the Волжский department with its machine key
        String oursDepartment = oursAssigned.at("/department/id").asText();
        String theirsDepartment = theirsAssigned.at("/department/id").asText();
        await().atMost(ASYNC).until(() -> inboxIds(oursDepartment, roadsClerk).contains(ours));
        assertThat(answer(oursDepartment, ours, roadsClerk).status()).isEqualTo(202);
        await().atMost(ASYNC).until(() -> inboxIds(theirsDepartment, Desk.departmentKey(theirsDepartment))
                .contains(theirs));
        assertThat(answer(theirsDepartment, theirs, Desk.departmentKey(theirsDepartment)).status()).isEqualTo(202);

        await().atMost(ASYNC).until(() -> reviewIds(regional).containsAll(List.of(ours, theirs)));
        List<String> mikhailovkaReviews = reviewIds(mikhailovkaCentre);
        assertThat(mikhailovkaReviews).contains(ours).doesNotContain(theirs);
        assertThat(gateway.post("/api/v1/reviews/" + theirs + "/approve", mikhailovkaCentre, "{}").status())
                .isEqualTo(403);
        assertThat(gateway.post("/api/v1/reviews/" + ours + "/approve", mikhailovkaCentre, "{}").status())
                .isEqualTo(200);

        // who did what is on the appeal's timeline, by login, never by a shared key
        JsonNode timeline = await().atMost(ASYNC).until(() -> gateway.get("/api/v1/appeals/" + ours, regional).body(),
                appeal -> actorIds(appeal).containsAll(List.of("roads-mikhailovka", "mcu-mikhailovka")));
        assertThat(actorIds(timeline)).doesNotContain("demo-operator");

        // and the centre's reads of the resident's personal data are on record for the admin
        JsonNode reads = gateway.get("/api/v1/audit/personal-data-reads?appealId=" + ours, admin).body();
        assertThat(reads.findValuesAsString("id")).contains("mcu-mikhailovka", "cur-operator");
        assertThat(gateway.get("/api/v1/audit/personal-data-reads", mikhailovkaCentre).status()).isEqualTo(403);
    }

    @Test
    void departmentStaffWorkTheirOwnDepartmentsOnly() {
        assertThat(gateway.get("/api/v1/departments/mikhailovka-roads/appeals", roadsClerk).status()).isEqualTo(200);
        assertThat(gateway.get("/api/v1/departments/volgograd-housing/appeals", roadsClerk).status()).isEqualTo(403);
        // a clerk of two departments works both, and no third
        assertThat(gateway.get("/api/v1/departments/volgograd-housing/appeals", housingClerk).status())
                .isEqualTo(200);
        assertThat(gateway.get("/api/v1/departments/mikhailovka-roads/appeals", housingClerk).status())
                .isEqualTo(403);
        // staff of a department are no operators
        assertThat(gateway.get("/api/v1/reviews", roadsClerk).status()).isEqualTo(403);
        assertThat(gateway.get("/api/v1/triage", roadsClerk).status()).isEqualTo(403);
    }

    @Test
    void aTokenTheIdentityProviderDidNotSignGets401() {
        var forged = gateway.get("/api/v1/triage", GatewayClient.bearer(TestIdentity.admin("forger")));
        var none = gateway.get("/api/v1/triage", null);

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(none.status()).isEqualTo(401);
    }

    @Test
    void eachServicePortAnswersOnlyTheGatewaysSignedIdentity() throws Exception {
        Map<String, String> paths = Map.of(
                "intake-service", "/api/v1/appeals/5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11",
                "routing-service", "/api/v1/triage",
                "department-service", "/api/v1/departments/mikhailovka-roads/appeals",
                "notification-service", "/api/v1/deliveries/parked");
        HttpClient http = HttpClient.newHttpClient();
        for (var service : paths.entrySet()) {
            URI uri = URI.create(shared.platform.url(service.getKey()) + service.getValue());
            var oldHeaders = http.send(HttpRequest.newBuilder(uri).header("X-Appeals-Client", "forger")
                    .header("X-Appeals-Role", "ADMIN").header("X-Appeals-Scope", "mikhailovka-roads").build(),
                    HttpResponse.BodyHandlers.ofString());
            var wrongSecret = http.send(HttpRequest.newBuilder(uri).header(ForwardedIdentity.HEADER,
                    TestIdentity.admin("forger")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(oldHeaders.statusCode()).as(service.getKey()).isEqualTo(401);
            assertThat(wrongSecret.statusCode()).as(service.getKey()).isEqualTo(401);
            assertThat(oldHeaders.body()).as(service.getKey()).doesNotContain("appealId");
        }
    }

    @Test
    void anAdminIssuesRotatesAndRevokesAChannelKey() {
        var issued = gateway.post("/api/v1/keys", admin,
                "{\"client\":\"e2e-vk-adapter\",\"role\":\"CHANNEL\",\"channel\":\"VK\"}");
        assertThat(issued.status()).isEqualTo(201);
        String keyId = issued.body().get("id").asText();
        String key = issued.body().get("key").asText();
        assertThat(gateway.post("/api/v1/appeals", key, appeal(samples.get(4), "idt-key-1")).status())
                .isEqualTo(202);
        // the key is listed with its owner, never in clear
        JsonNode listed = gateway.get("/api/v1/keys", admin).body();
        assertThat(listed.toString()).contains("e2e-vk-adapter").doesNotContain(key);
        assertThat(gateway.get("/api/v1/keys", mikhailovkaCentre).status()).isEqualTo(403);

        var rotated = gateway.post("/api/v1/keys/" + keyId + "/rotate", admin, "{\"graceHours\":1}");
        assertThat(rotated.status()).isEqualTo(201);
        String newKey = rotated.body().get("key").asText();
        String newKeyId = rotated.body().get("id").asText();
        // old and new work side by side during the grace period
        assertThat(gateway.post("/api/v1/appeals", key, appeal(samples.get(4), "idt-key-2")).status()).isEqualTo(202);
        assertThat(gateway.post("/api/v1/appeals", newKey, appeal(samples.get(4), "idt-key-3")).status())
                .isEqualTo(202);

        assertThat(gateway.delete("/api/v1/keys/" + newKeyId, admin).status()).isBetween(200, 204);
        await().atMost(ASYNC).until(() -> gateway.post("/api/v1/appeals", newKey,
                appeal(samples.get(4), "idt-key-4")).status() == 401);
        JsonNode audit = gateway.get("/api/v1/keys/audit", admin).body();
        assertThat(audit.findValuesAsString("id")).contains("platform-admin");
    }

    private static String post(String key, JsonNode sample, String externalId) {
        var posted = gateway.post("/api/v1/appeals", key, appeal(sample, externalId));
        assertThat(posted.status()).isEqualTo(202);
        return posted.body().get("appealId").asText();
    }

    private static String appeal(JsonNode sample, String externalId) {
        return JSON.createObjectNode().put("channel", sample.get("channel").asText()).put("externalId", externalId)
                .put("text", sample.get("text").asText())
                .set("author", JSON.createObjectNode().put("id", "resident-" + externalId).put("name", "Анна"))
                .toString().replaceFirst("}$", ",\"replyTo\":{\"postId\":\"1001\",\"commentId\":\"" + externalId
                        + "\"}}");
    }

    private static JsonNode awaitAssigned(String appealId) {
        return await().atMost(ASYNC).until(() -> gateway.get("/api/v1/appeals/" + appealId, regional).body(),
                appeal -> appeal != null && !appeal.at("/department/id").asText().isEmpty());
    }

    private static List<String> inboxIds(String departmentId, String credential) {
        JsonNode inbox = gateway.get("/api/v1/departments/" + departmentId + "/appeals", credential).body();
        return inbox.path("items").valueStream().map(item -> item.path("appealId").asText()).toList();
    }

    private static GatewayClient.Response answer(String departmentId, String appealId, String credential) {
        return gateway.post("/api/v1/departments/" + departmentId + "/appeals/" + appealId + "/answers", credential,
                "{\"kind\":\"FINAL\",\"text\":\"Яма у дома 5 заделана асфальтом 3 декабря, работы приняты.\"}");
    }

    private static List<String> reviewIds(String credential) {
        return gateway.get("/api/v1/reviews", credential).body().valueStream()
                .map(review -> review.path("appealId").asText()).toList();
    }

    private static List<String> actorIds(JsonNode appeal) {
        return appeal.path("timeline").valueStream().map(entry -> entry.at("/actor/id").asText())
                .filter(id -> !id.isEmpty()).toList();
    }
}
