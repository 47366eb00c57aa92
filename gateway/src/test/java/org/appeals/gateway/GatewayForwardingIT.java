package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Admitted requests reach the right backend as the client sent them, carrying only the identity the gateway signed. */
class GatewayForwardingIT extends GatewayTestBase {

    static final String APPEAL = """
            {"channel":"VK","externalId":"wall-201_1001","text":"#ЦУР34 На улице Мира в Михайловке яма",\
            "author":{"id":"vk-1","name":"Иван Петров"},"replyTo":{"postId":"1001"}}""";

    @Test
    void channelAppealReachesIntakeIntactWithTheKeysSignedIdentityInsteadOfTheClaimedOne() {
        double before = counted("channel", "intake", "forwarded");
        String forged = TestIdentity.admin("someone-else");

        var response = send(request("/api/v1/appeals?source=wall&tag=%D0%A6%D0%A3%D0%A034&tag=roads", VK)
                .header("Content-Type", "application/json")
                .header("X-Appeals-Role", "ADMIN").header("X-Appeals-Client", "someone-else")
                .header("X-Appeals-Scope", "TELEGRAM").header("X-Appeals-Extra", "forged")
                .header("X-Appeals-Identity", forged)
                .POST(BodyPublishers.ofString(APPEAL, StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"status\":\"ACCEPTED\"}");
        var received = intake.only();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/api/v1/appeals");
        assertThat(Queries.parse(received.query()))
                .isEqualTo(Map.of("source", List.of("wall"), "tag", List.of("ЦУР34", "roads")));
        assertThat(received.body()).isEqualTo(APPEAL.getBytes(StandardCharsets.UTF_8));
        assertThat(received.header("Content-Type")).containsExactly("application/json");
        assertThat(received.header("X-Appeals-Identity")).doesNotContain(forged);
        Jwt identity = received.identity();
        assertThat(identity.getSubject()).isEqualTo("vk-adapter");
        assertThat(identity.getClaimAsString("name")).isEqualTo("vk-adapter");
        assertThat(identity.getClaimAsString("kind")).isEqualTo("MACHINE");
        assertThat(identity.getClaimAsString("role")).isEqualTo("CHANNEL");
        assertThat(identity.getClaimAsString("channel")).isEqualTo("VK");
        assertThat(identity.getClaimAsStringList("departments")).isEmpty();
        assertThat(identity.getClaimAsStringList("municipalities")).isEmpty();
        assertThat(identity.getClaimAsBoolean("region")).isFalse();
        assertThat(Duration.between(identity.getIssuedAt(), identity.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
        assertThat(received.headers().keySet().stream().filter(name -> name.startsWith("x-appeals-")))
                .containsExactly("x-appeals-identity");
        assertThat(received.header("X-Api-Key")).isEmpty();
        assertThat(received.header("Authorization")).isEmpty();
        assertThat(List.of(notification, departments, routing)).allMatch(b -> b.received().isEmpty());
        assertThat(counted("channel", "intake", "forwarded")).isEqualTo(before + 1);
    }

    @Test
    void chunkedBodyUnderTheLimitIsForwardedByteForByte() {
        String appeal = "{\"channel\":\"VK\",\"text\":\"" + "Яма на дороге. ".repeat(2000) + "\"}";
        byte[] bytes = appeal.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(40_000, 65_536);

        var response = send(request("/api/v1/appeals", VK).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(intake.only().body()).isEqualTo(bytes);
    }

    /** The gateway reads no appeal id: a malformed one reaches intake as it is, and intake's 404 problem comes back. */
    @Test
    void malformedAppealIdGetsTheServicesOwnProblemUnchanged() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No appeal with this id.\"}";
        intake.answer(404, "application/problem+json", problem);

        var response = send(request("/api/v1/appeals/1-2-3-4-5", ADMIN).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEqualTo(problem);
        assertThat(intake.only().path()).isEqualTo("/api/v1/appeals/1-2-3-4-5");
    }

    @Test
    void deliveriesOfAnAppealGoToNotificationAndTheRegionalOperatorSeesTheWholeRegion() {
        String path = "/api/v1/appeals/" + UUID.randomUUID() + "/deliveries";

        var response = send(request(path, OPERATOR).header("X-Appeals-Scope", "mikhailovka-roads").GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = notification.only();
        assertThat(received.path()).isEqualTo(path);
        Jwt identity = received.identity();
        assertThat(identity.getClaimAsString("role")).isEqualTo("OPERATOR");
        assertThat(identity.getSubject()).isEqualTo("operator-console");
        assertThat(identity.getClaimAsBoolean("region")).isTrue();
        assertThat(identity.getClaimAsStringList("departments")).isEmpty();
        assertThat(identity.hasClaim("channel")).isFalse();
        assertThat(intake.received()).isEmpty();
    }

    @Test
    void departmentKeyReadsItsInboxAndAnswersThroughTheDepartmentService() {
        String answer = "{\"kind\":\"FINAL\",\"text\":\"Яма заделана\"}";
        String answers = "/api/v1/departments/mikhailovka-roads/appeals/" + UUID.randomUUID() + "/answers";

        var inbox = send(request("/api/v1/departments/mikhailovka-roads/appeals?status=ASSIGNED", ROADS_DEPT).GET());
        var answered = send(request(answers, ROADS_DEPT).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(answer)));

        assertThat(inbox.statusCode()).isEqualTo(202);
        assertThat(answered.statusCode()).isEqualTo(202);
        var received = departments.received();
        assertThat(received).extracting(RecordingBackend.Received::method).containsExactly("GET", "POST");
        assertThat(received.get(0).path()).isEqualTo("/api/v1/departments/mikhailovka-roads/appeals");
        assertThat(received.get(0).query()).isEqualTo("status=ASSIGNED");
        assertThat(received.get(1).path()).isEqualTo(answers);
        assertThat(received.get(1).bodyText()).isEqualTo(answer);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.identity().getClaimAsString("role")).isEqualTo("DEPARTMENT");
            assertThat(r.identity().getClaimAsStringList("departments")).containsExactly("mikhailovka-roads");
        });
    }

    @Test
    void operatorsReadDepartmentsAndWorkTriageAndRoutingOnTheirServices() {
        String placed = "{\"category\":\"ROADS\",\"municipality\":\"MIKHAILOVKA\"}";

        send(request("/api/v1/departments/mikhailovka-roads/appeals", OPERATOR).GET());
        send(request("/api/v1/triage", OPERATOR).GET());
        send(request("/api/v1/triage/" + UUID.randomUUID(), OPERATOR).POST(BodyPublishers.ofString(placed)));
        send(request("/api/v1/routing/rules", ADMIN).GET());

        assertThat(departments.received()).hasSize(1);
        var received = routing.received();
        assertThat(received).extracting(RecordingBackend.Received::method).containsExactly("GET", "POST", "GET");
        assertThat(received.get(0).path()).isEqualTo("/api/v1/triage");
        assertThat(received.get(1).bodyText()).isEqualTo(placed);
        assertThat(received.get(2).path()).isEqualTo("/api/v1/routing/rules");
        assertThat(received.get(2).identity().getClaimAsString("role")).isEqualTo("ADMIN");
    }

    @Test
    void theOperatorDeskOfReviewsOverdueAppealsAndIncidentsIsServedByTheDepartmentService() {
        String approve = "/api/v1/reviews/" + UUID.randomUUID() + "/approve";
        String incident = "/api/v1/incidents/" + UUID.randomUUID();

        var queue = send(request("/api/v1/reviews?status=PENDING", OPERATOR).GET());
        send(request(approve, ADMIN).POST(BodyPublishers.ofString("{\"comment\":\"Ответ полный\"}")));
        send(request("/api/v1/overdue", OPERATOR).GET());
        send(request(incident, OPERATOR).GET());

        assertThat(queue.statusCode()).isEqualTo(202);
        var received = departments.received();
        assertThat(received).extracting(RecordingBackend.Received::path)
                .containsExactly("/api/v1/reviews", approve, "/api/v1/overdue", incident);
        assertThat(received.get(0).query()).isEqualTo("status=PENDING");
        assertThat(received.get(1).method()).isEqualTo("POST");
        assertThat(received.get(1).bodyText()).isEqualTo("{\"comment\":\"Ответ полный\"}");
        assertThat(received.get(1).identity().getClaimAsString("role")).isEqualTo("ADMIN");
        assertThat(received.get(0).identity().getClaimAsString("role")).isEqualTo("OPERATOR");
        assertThat(List.of(intake, notification, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void receiptsFromAdaptersAndTheParkedDeliveriesOfOperatorsAreServedByNotification() {
        String receipt = "/api/v1/deliveries/" + UUID.randomUUID() + "/receipt";

        send(request(receipt, VK).POST(BodyPublishers.ofString("{\"status\":\"DELIVERED\"}")));
        send(request("/api/v1/deliveries/parked?channel=WEB", OPERATOR).GET());

        var received = notification.received();
        assertThat(received).extracting(RecordingBackend.Received::path)
                .containsExactly(receipt, "/api/v1/deliveries/parked");
        assertThat(received.get(0).identity().getClaimAsString("role")).isEqualTo("CHANNEL");
        assertThat(received.get(0).identity().getClaimAsString("channel")).isEqualTo("VK");
        assertThat(received.get(1).query()).isEqualTo("channel=WEB");
        assertThat(List.of(intake, departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void open311AndTheApiDocumentAreServedWithoutAKeyWithASignedIdentityThatNamesNobody() {
        String form = "api_key=demo-open311&service_code=ROADS&lat=50.06&long=43.24&description=%D0%AF%D0%BC%D0%B0";

        send(request("/open311/v2/services.json", null).GET());
        send(request("/open311/v2/requests.xml", null).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Appeals-Role", "ADMIN").header("X-Appeals-Identity", TestIdentity.admin("forger"))
                .header("Authorization", "Bearer abc").POST(BodyPublishers.ofString(form)));
        send(request("/api-docs/intake", null).GET());

        var received = intake.received();
        assertThat(received).extracting(RecordingBackend.Received::path)
                .containsExactly("/open311/v2/services.json", "/open311/v2/requests.xml", "/v3/api-docs");
        assertThat(received.get(1).bodyText()).isEqualTo(form);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.header("X-Appeals-Role")).as("a made-up identity never passes").isEmpty();
            assertThat(r.identity().hasClaim("role")).as("a public route names nobody").isFalse();
            assertThat(r.identity().getSubject()).isEqualTo("anonymous");
            assertThat(r.header("Authorization")).isEmpty();
        });
        assertThat(List.of(notification, departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void aChannelKeysFeedbackOnAnAppealReachesIntakeWithTheChannelAsScope() {
        String feedback = "/api/v1/appeals/" + UUID.randomUUID() + "/feedback";
        String body = "{\"solved\":false,\"text\":\"Яма снова появилась\"}";

        var response = send(request(feedback, VK).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(202);
        var received = intake.only();
        assertThat(received.path()).isEqualTo(feedback);
        assertThat(received.bodyText()).isEqualTo(body);
        assertThat(received.identity().getClaimAsString("role")).isEqualTo("CHANNEL");
        assertThat(received.identity().getClaimAsString("channel")).isEqualTo("VK");
    }

    @Test
    void adminsReadThePersonalDataAuditOnIntakeAndManageWebhookSecretsOnNotification() {
        send(request("/api/v1/audit/personal-data-reads?appealId=a-1", ADMIN).GET());
        send(request("/api/v1/webhook-secrets/VK/rotate", ADMIN).POST(BodyPublishers.ofString("{}")));

        var audit = intake.only();
        assertThat(audit.path()).isEqualTo("/api/v1/audit/personal-data-reads");
        assertThat(audit.query()).isEqualTo("appealId=a-1");
        var secrets = notification.only();
        assertThat(secrets.path()).isEqualTo("/api/v1/webhook-secrets/VK/rotate");
        assertThat(secrets.identity().getClaimAsString("role")).isEqualTo("ADMIN");
        assertThat(secrets.identity().getSubject()).isEqualTo("platform-admin");
        assertThat(List.of(departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void problemDetailsFromABackendPassThroughWithTheirStatus() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"The appeal already has a final answer.\"}";
        departments.answer(409, "application/problem+json", problem);

        var response = send(request("/api/v1/departments/mikhailovka-roads/appeals/" + UUID.randomUUID() + "/answers",
                ROADS_DEPT).POST(BodyPublishers.ofString("{\"kind\":\"FINAL\",\"text\":\"Готово\"}")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEqualTo(problem);
    }

    @Test
    void healthAndPrometheusAnswerWithoutAKey() {
        send(request("/api/v1/triage", OPERATOR).GET());

        var health = send(request("/actuator/health", null).GET());
        var prometheus = send(request("/actuator/prometheus", null).GET());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body())
                .contains("gateway_requests_total{outcome=\"forwarded\",role=\"operator\",route=\"routing\"}")
                .contains("http_server_requests_seconds");
        assertThat(routing.received()).hasSize(1);
    }
}
