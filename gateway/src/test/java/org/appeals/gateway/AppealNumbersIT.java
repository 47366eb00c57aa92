package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A registration number where an appeal id belongs is looked up at intake (a real HTTP server standing in for it)
 * in the gateway's own name, and the request goes on with the appeal's id, checked exactly as with the id. Each test
 * uses its own numbers, as the gateway remembers found ones.
 */
class AppealNumbersIT extends GatewayTestBase {

    static final String LOOKUP = "/api/v1/appeal-numbers/";

    @Test
    void aNumberInAnAppealsPathIsForwardedWithTheAppealsIdAndTheCallersIdentity() {
        String appealId = found("34-2026-004217");

        var response = send(request("/api/v1/appeals/34-2026-004217/timeline?limit=20", OPERATOR).GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = intake.received();
        assertThat(received).extracting(RecordingBackend.Received::path)
                .containsExactly(LOOKUP + "34-2026-004217", "/api/v1/appeals/" + appealId + "/timeline");
        Jwt gateway = received.get(0).identity();
        assertThat(gateway.getSubject()).isEqualTo("gateway");
        assertThat(gateway.getClaimAsString("kind")).isEqualTo("MACHINE");
        assertThat(gateway.getClaimAsString("role")).isEqualTo("OPERATOR");
        assertThat(gateway.getClaimAsBoolean("region")).isTrue();
        var forwarded = received.get(1);
        assertThat(forwarded.query()).isEqualTo("limit=20");
        assertThat(forwarded.identity().getSubject()).isEqualTo("operator-console");
        assertThat(forwarded.header("X-Api-Key")).isEmpty();
    }

    @Test
    void theAppealItselfAndABodyPostedBelowItGoOnWithTheId() {
        String appealId = found("34-2026-004218");
        String body = "{\"solved\":false,\"text\":\"Яма снова появилась\"}";

        send(request("/api/v1/appeals/34-2026-004218", VK).GET());
        var posted = send(request("/api/v1/appeals/34-2026-004218/feedback", VK)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));

        assertThat(posted.statusCode()).isEqualTo(202);
        var received = intake.received();
        assertThat(received).extracting(RecordingBackend.Received::path).containsExactly(LOOKUP + "34-2026-004218",
                "/api/v1/appeals/" + appealId, "/api/v1/appeals/" + appealId + "/feedback");
        assertThat(received.get(2).bodyText()).isEqualTo(body);
        assertThat(received.get(2).identity().getClaimAsString("channel")).isEqualTo("VK");
    }

    @Test
    void aFoundNumberIsRememberedAndNotLookedUpAgain() {
        String appealId = found("34-2026-004219");

        send(request("/api/v1/appeals/34-2026-004219", OPERATOR).GET());
        send(request("/api/v1/appeals/34-2026-004219/timeline", OPERATOR).GET());

        assertThat(intake.received()).extracting(RecordingBackend.Received::path).containsExactly(
                LOOKUP + "34-2026-004219", "/api/v1/appeals/" + appealId,
                "/api/v1/appeals/" + appealId + "/timeline");
    }

    @Test
    void theDeliveriesOfANumberedAppealGoToNotificationWithTheId() {
        String appealId = found("34-2026-004220");

        var response = send(request("/api/v1/appeals/34-2026-004220/deliveries", OPERATOR).GET());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(notification.only().path()).isEqualTo("/api/v1/appeals/" + appealId + "/deliveries");
        assertThat(intake.only().path()).isEqualTo(LOOKUP + "34-2026-004220");
    }

    @Test
    void aNumberWhereADepartmentTheReviewOrTriageTakesAnAppealIdGoesOnWithTheId() {
        String appealId = found("34-2026-004231");

        var accepted = send(request("/api/v1/departments/mikhailovka-roads/appeals/34-2026-004231/accept", ROADS_DEPT)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")));
        send(request("/api/v1/reviews/34-2026-004231/approve", OPERATOR)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")));
        send(request("/api/v1/triage/34-2026-004231", OPERATOR).GET());

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(departments.received()).extracting(RecordingBackend.Received::path).containsExactly(
                "/api/v1/departments/mikhailovka-roads/appeals/" + appealId + "/accept",
                "/api/v1/reviews/" + appealId + "/approve");
        assertThat(routing.only().path()).isEqualTo("/api/v1/triage/" + appealId);
        // looked up once, then remembered
        assertThat(intake.only().path()).isEqualTo(LOOKUP + "34-2026-004231");
    }

    @Test
    void anUnknownNumberIsANotFoundProblemAndNothingIsForwarded() {
        intake.answerAt(LOOKUP + "34-2026-999999", 404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");

        var response = send(request("/api/v1/appeals/34-2026-999999/timeline", OPERATOR).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("No appeal has this registration number");
        assertThat(intake.only().path()).isEqualTo(LOOKUP + "34-2026-999999");
        assertThat(List.of(notification, departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void aRegisterThatCannotAnswerIsAServiceUnavailableProblem() {
        intake.answerAt(LOOKUP + "34-2026-004221", 500, "application/problem+json", "{\"status\":500}");

        var response = send(request("/api/v1/appeals/34-2026-004221", OPERATOR).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("cannot be reached");
        assertThat(intake.only().path()).isEqualTo(LOOKUP + "34-2026-004221");
    }

    @Test
    void theCallerIsCheckedAsForTheIdBeforeTheNumberIsLookedUp() {
        found("34-2026-004222");

        var channelOnDeliveries = send(request("/api/v1/appeals/34-2026-004222/deliveries", VK).GET());
        var departmentOnAppeal = send(request("/api/v1/appeals/34-2026-004222", ROADS_DEPT).GET());
        var nobody = send(request("/api/v1/appeals/34-2026-004222", null).GET());

        assertThat(channelOnDeliveries.statusCode()).isEqualTo(403);
        assertThat(departmentOnAppeal.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void somethingShapedOtherwiseIsForwardedAsItIs() {
        send(request("/api/v1/appeals/34-26-004217", OPERATOR).GET());

        assertThat(intake.only().path()).isEqualTo("/api/v1/appeals/34-26-004217");
    }

    /** Intake knows the number; the appeal's id it answers with. */
    static String found(String number) {
        String appealId = UUID.randomUUID().toString();
        intake.answerAt(LOOKUP + number, 200, "application/json",
                "{\"appealId\":\"" + appealId + "\",\"registrationNumber\":\"" + number + "\"}");
        return appealId;
    }
}
