package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admitted requests reach the right backend as the client sent them, carrying only the gateway's identity. */
class GatewayForwardingIT extends GatewayTestBase {

    static final String APPEAL = """
            {"channel":"VK","externalId":"wall-201_1001","text":"#ЦУР34 На улице Мира в Михайловке яма",\
            "author":{"id":"vk-1","name":"Иван Петров"},"replyTo":{"postId":"1001"}}""";

    @Test
    void channelAppealReachesIntakeIntactWithTheKeysIdentityInsteadOfTheClaimedOne() {
        double before = counted("channel", "intake", "forwarded");

        var response = send(request("/api/v1/appeals?source=wall&tag=%D0%A6%D0%A3%D0%A034&tag=roads", VK)
                .header("Content-Type", "application/json")
                .header("X-Appeals-Role", "ADMIN").header("X-Appeals-Client", "someone-else")
                .header("X-Appeals-Scope", "TELEGRAM").header("X-Appeals-Extra", "forged")
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
        assertThat(received.header("X-Appeals-Client")).containsExactly("vk-adapter");
        assertThat(received.header("X-Appeals-Role")).containsExactly("CHANNEL");
        assertThat(received.header("X-Appeals-Scope")).containsExactly("VK");
        assertThat(received.header("X-Appeals-Extra")).isEmpty();
        assertThat(received.header("X-Api-Key")).isEmpty();
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

    @Test
    void deliveriesOfAnAppealGoToNotificationAndStaffCarryNoScope() {
        String path = "/api/v1/appeals/" + UUID.randomUUID() + "/deliveries";

        var response = send(request(path, OPERATOR).header("X-Appeals-Scope", "mikhailovka-roads").GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = notification.only();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.header("X-Appeals-Role")).containsExactly("OPERATOR");
        assertThat(received.header("X-Appeals-Client")).containsExactly("operator-console");
        assertThat(received.header("X-Appeals-Scope")).isEmpty();
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
            assertThat(r.header("X-Appeals-Role")).containsExactly("DEPARTMENT");
            assertThat(r.header("X-Appeals-Scope")).containsExactly("mikhailovka-roads");
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
        assertThat(received.get(2).header("X-Appeals-Role")).containsExactly("ADMIN");
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
        assertThat(received.get(1).header("X-Appeals-Role")).containsExactly("ADMIN");
        assertThat(received.get(0).header("X-Appeals-Role")).containsExactly("OPERATOR");
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
        assertThat(received.get(0).header("X-Appeals-Role")).containsExactly("CHANNEL");
        assertThat(received.get(0).header("X-Appeals-Scope")).containsExactly("VK");
        assertThat(received.get(1).query()).isEqualTo("channel=WEB");
        assertThat(List.of(intake, departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void open311AndTheApiDocumentAreServedWithoutAKeyAndWithoutAnyIdentity() {
        String form = "api_key=demo-open311&service_code=ROADS&lat=50.06&long=43.24&description=%D0%AF%D0%BC%D0%B0";

        send(request("/open311/v2/services.json", null).GET());
        send(request("/open311/v2/requests.xml", null).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Appeals-Role", "ADMIN").POST(BodyPublishers.ofString(form)));
        send(request("/api-docs/intake", null).GET());

        var received = intake.received();
        assertThat(received).extracting(RecordingBackend.Received::path)
                .containsExactly("/open311/v2/services.json", "/open311/v2/requests.xml", "/v3/api-docs");
        assertThat(received.get(1).bodyText()).isEqualTo(form);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.header("X-Appeals-Role")).as("a made-up identity never passes").isEmpty();
            assertThat(r.header("X-Appeals-Client")).isEmpty();
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
        assertThat(received.header("X-Appeals-Role")).containsExactly("CHANNEL");
        assertThat(received.header("X-Appeals-Scope")).containsExactly("VK");
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

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body())
                .contains("gateway_requests_total{outcome=\"forwarded\",role=\"operator\",route=\"routing\"}")
                .contains("http_server_requests_seconds");
        assertThat(routing.received()).hasSize(1);
    }
}
