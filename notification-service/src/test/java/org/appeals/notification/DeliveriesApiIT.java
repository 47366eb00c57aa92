package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeliveriesApiIT extends NotificationITBase {

    @Test
    void staffSeeAnAppealsDeliveriesWithStateAndAttemptsButNoResidentData() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", Map.of("ownerId", "-201", "postId", "77"));
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("").equals("DELIVERED"));

        for (String role : new String[] {"OPERATOR", "ADMIN"}) {
            HttpResponse<String> response = getDeliveries(appeal.appealId().toString(), role);

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("appealId").asString()).isEqualTo(appeal.appealId().toString());
            JsonNode delivery = body.get("deliveries").get(0);
            assertThat(delivery.get("channel").asString()).isEqualTo("VK");
            assertThat(delivery.get("attemptCount").asInt()).isEqualTo(1);
            assertThat(delivery.get("attempts").get(0).get("result").asString()).isEqualTo("SUCCESS");
            assertThat(delivery.get("attempts").get(0).get("at").asString()).isNotBlank();
            assertThat(response.body()).doesNotContain("Мария", "postId", "Готово.");
        }
    }

    @Test
    void channelAndDepartmentKeysAreRefusedWithAProblemDetail() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", Map.of("postId", "78"));
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);

        for (String role : new String[] {"CHANNEL", "DEPARTMENT"}) {
            HttpResponse<String> response = getDeliveries(appeal.appealId().toString(), role);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("Мария", "postId");
        }
    }

    @Test
    void badIdsUnknownAppealsAndUnauthenticatedCallsGetClearProblems() throws Exception {
        // an id that is no UUID names no appeal: the very answer an unknown one gets
        HttpResponse<String> malformed = getDeliveries("not-a-uuid", "OPERATOR");
        HttpResponse<String> unknown = getDeliveries(UUID.randomUUID().toString(), "OPERATOR");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("knows no such appeal");
        assertThat(unknown.body()).contains("knows no such appeal");
        assertThat(getDeliveries(UUID.randomUUID().toString(), null).statusCode()).isEqualTo(401);
    }
}
