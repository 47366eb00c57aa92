package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatusNoticesIT extends NotificationITBase {

    static final String ROADS = "Отдел дорожного хозяйства Михайловки";

    @Test
    void theResidentLearnsTheNumberOnRegistrationAndTheDepartmentOnAssignmentBeforeTheAnswer() throws Exception {
        AppealReceived appeal = received(Channel.TELEGRAM, "Пётр", Map.of("chatId", "31")).numbered("34-2026-000031");
        String key = appeal.appealId().toString();
        try (var outbound = reader(Topics.outbound(Channel.TELEGRAM)); var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ASSIGNED, assigned(appeal.appealId(), RoutingOutcome.TRIAGE, null));
            publisher.publishDurably(Topics.APPEALS_ASSIGNED, assigned(appeal.appealId(), RoutingOutcome.ASSIGNED, ROADS));
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Решено."));

            eventually().until(() -> receiver.callsFor(key).size() == 1 && receiver.noticesFor(key).size() == 2);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.noticesFor(key).size() == 2);

            var notices = receiver.noticesFor(key);
            JsonNode registered = JSON.readTree(notices.get(0).body());
            JsonNode assigned = JSON.readTree(notices.get(1).body());
            assertThat(registered.get("notice").asString()).isEqualTo("REGISTERED");
            assertThat(registered.get("answerKind").isNull()).isTrue();
            assertThat(registered.get("text").asString()).contains("Здравствуйте, Пётр!", "номер 34-2026-000031");
            assertThat(registered.get("parts").get(0)).isEqualTo(registered.get("text"));
            assertThat(assigned.get("notice").asString()).isEqualTo("ASSIGNED");
            assertThat(assigned.get("text").asString()).contains("передано в подразделение «" + ROADS + "»");
            assertThat(notices.get(0).delivery()).isNotEqualTo(notices.get(1).delivery());
            // the resident hears about the appeal in order: number, department, answer
            eventually().until(() -> allValues(outbound, appeal.appealId()).size() == 3);
            assertThat(allValues(outbound, appeal.appealId()).stream().map(v -> v.path("notice").asString(null)).toList())
                    .containsExactly("REGISTERED", "ASSIGNED", null);
            // notices are not answers: appeals.notified tells of the answer alone
            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            assertThat(values(notified, appeal.appealId()).get(0).get("answerKind").asString()).isEqualTo("FINAL");
            assertThat(noticesOf(appeal.appealId()).findValuesAsString("state")).containsOnly("DELIVERED");
        }
    }

    @Test
    void posTakesNoNoticesItTellsTheResidentItself() throws Exception {
        AppealReceived appeal = received(Channel.POS, "Ольга", Map.of("posId", "77"));
        String key = appeal.appealId().toString();
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ASSIGNED, assigned(appeal.appealId(), RoutingOutcome.ASSIGNED, ROADS));
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Решено."));

        eventually().until(() -> receiver.callsFor(key).size() == 1);

        assertThat(receiver.noticesFor(key)).isEmpty();
        // the two topics are read independently: an assignment read before the address waits for it, and is then
        // skipped, never sent, once the address shows a channel that takes no notices
        assertThat(noticesOf(appeal.appealId()).valueStream())
                .allSatisfy(notice -> assertThat(notice.path("state").asString()).isEqualTo("SKIPPED"));
    }

    @Test
    void anAssignmentSeenBeforeTheAddressWaitsForItAndGoesOut() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", Map.of("postId", "9"));
        String key = appeal.appealId().toString();
        publisher.publishDurably(Topics.APPEALS_ASSIGNED, assigned(appeal.appealId(), RoutingOutcome.ASSIGNED, ROADS));
        eventually().until(() -> noticesOf(appeal.appealId()).path(0).path("state").asString("").equals("AWAITING_ADDRESS"));

        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);

        eventually().until(() -> receiver.noticesFor(key).size() == 2);
        assertThat(receiver.noticesFor(key).stream().map(WebhookReceiver.Call::notice)).containsExactly("REGISTERED", "ASSIGNED");
    }

    static AppealAssigned assigned(UUID appealId, RoutingOutcome outcome, String departmentName) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(), outcome,
                RoutingMethod.AUTO, null, null, departmentName == null ? null : "mikhailovka-roads", departmentName,
                null, null);
    }
}
