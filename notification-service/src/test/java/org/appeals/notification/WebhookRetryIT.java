package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Retries run with 100 ms → 200 ms → 300 ms pauses and four attempts in all (see NotificationITBase). */
class WebhookRetryIT extends NotificationITBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void aWebhookThatFailsTwiceThenAcceptsGetsExactlyOneSuccessfulDeliveryOnTheThirdAttempt() throws Exception {
        AppealReceived appeal = received(Channel.TELEGRAM, "Пётр", Map.of("chatId", "77", "messageId", "9"));
        String key = appeal.appealId().toString();
        receiver.respond(key, 503, 500);
        try (var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Решено."));

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.callsFor(key).size() == 3);

            JsonNode event = values(notified, appeal.appealId()).get(0);
            assertThat(event.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(event.get("attempts").asInt()).isEqualTo(3);
            assertThat(event.get("detail").asString()).isEqualTo("webhook 200");
            // every attempt carries the same delivery id, so the adapter can tell a retry from a new reply
            assertThat(receiver.callsFor(key).stream().map(WebhookReceiver.Call::delivery).distinct()).hasSize(1);
            assertThat(receiver.distinctAcceptedDeliveries(key)).isEqualTo(1);
            JsonNode delivery = deliveriesOf(appeal.appealId()).get(0);
            assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").findValuesAsString("result")).containsExactly("FAILURE", "FAILURE", "SUCCESS");
            assertThat(delivery.get("attempts").findValuesAsString("detail"))
                    .containsExactly("webhook 503", "webhook 500", "webhook 200");
        }
    }

    @Test
    void aWebhookThatAlwaysFailsIsParkedAfterTheLastAttemptAndIsAnnouncedFailedAndCounted() throws Exception {
        AppealReceived appeal = received(Channel.POS, "Ольга", Map.of("posId", "900001"));
        String key = appeal.appealId().toString();
        receiver.alwaysRespond(key, 503);
        double failedBefore = count("appeals.notifications", "outcome", "failed");
        double failedAttemptsBefore = count("appeals.delivery.attempts", "result", "failure");
        try (var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.INTERIM, "В работе."));

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.callsFor(key).size() == 4);

            JsonNode event = values(notified, appeal.appealId()).get(0);
            assertThat(event.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(event.get("attempts").asInt()).isEqualTo(4);
            assertThat(event.get("detail").asString()).isEqualTo("webhook 503 after 4 attempts");
            assertThat(event.get("answerKind").asString()).isEqualTo("INTERIM");
            assertThat(deliveriesOf(appeal.appealId()).get(0).get("state").asString()).isEqualTo("PARKED");
            assertThat(count("appeals.notifications", "outcome", "failed")).isEqualTo(failedBefore + 1);
            assertThat(count("appeals.delivery.attempts", "result", "failure")).isEqualTo(failedAttemptsBefore + 4);
        }
    }

    @Test
    void anyTwoHundredStatusCountsAsDeliveredAndAnyOtherStatusIsRetried() throws Exception {
        AppealReceived appeal = received(Channel.WEB, "Игорь", Map.of("email", "i@example.org"));
        String key = appeal.appealId().toString();
        receiver.respond(key, 502, 204);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));

        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("").equals("DELIVERED"));

        assertThat(deliveriesOf(appeal.appealId()).get(0).get("attempts").findValuesAsString("detail"))
                .containsExactly("webhook 502", "webhook 204");
        assertThat(count("appeals.notifications", "outcome", "delivered", Channel.WEB)).isPositive();
    }

    private double count(String name, String tag, String value) {
        return count(name, tag, value, Channel.POS);
    }

    private double count(String name, String tag, String value, Channel channel) {
        var counter = meters.find(name).tags("channel", channel.name(), tag, value).counter();
        return counter == null ? 0 : counter.count();
    }
}
