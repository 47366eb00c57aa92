package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The web form's adapter is down (every call 503): its circuit opens after three failures in a row, its deliveries
 * are parked after four attempts each, Telegram's replies go on meanwhile, and an operator's re-send delivers them
 * once the adapter is back, under the same delivery key.
 */
class DeadAdapterIT extends NotificationITBase {

    static final String WEB_HOOK = "/hooks/WEB";

    @Autowired
    MeterRegistry meters;

    @Test
    void aDeadAdapterParksItsDeliveriesWithoutDelayingOtherChannelsAndAnOperatorsResendDeliversThem() throws Exception {
        List<AppealReceived> web = List.of(received(Channel.WEB, "Инна", Map.of("formId", "f-1")),
                received(Channel.WEB, "Лев", Map.of("formId", "f-2")));
        AppealReceived telegram = received(Channel.TELEGRAM, "Пётр", Map.of("chatId", "5"));
        receiver.takeDown(WEB_HOOK);
        try (var notified = reader(Topics.APPEALS_NOTIFIED)) {
            for (AppealReceived appeal : web) {
                publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
                publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));
            }
            eventually().until(() -> circuit(Channel.WEB, "open") == 1.0);

            publisher.publishDurably(Topics.APPEALS_RECEIVED, telegram);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(telegram.appealId(), AnswerKind.FINAL, "Решено."));
            // the dead channel neither holds the senders nor comes first: Telegram's reply goes at once
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> receiver.distinctAcceptedDeliveries(telegram.appealId().toString()) == 1);

            for (AppealReceived appeal : web) {
                eventually().until(() -> state(appeal).equals("PARKED"));
                JsonNode parked = deliveriesOf(appeal.appealId()).get(0);
                // while the circuit was open the delivery waited; waiting is not an attempt
                assertThat(parked.get("attemptCount").asInt()).isEqualTo(4);
                assertThat(parked.get("detail").asString()).isEqualTo("webhook 503 after 4 attempts");
                eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
                assertThat(values(notified, appeal.appealId()).get(0).get("outcome").asString()).isEqualTo("FAILED");
            }
            var listed = JSON.readTree(call("GET", "/api/v1/deliveries/parked?channel=web&limit=500", "OPERATOR", null,
                    null).body()).get("deliveries").findValuesAsString("deliveryId");
            assertThat(listed).contains(deliveryId(web.get(0)), deliveryId(web.get(1)));
            eventually().until(() -> parkedGauge(Channel.WEB) >= 2);
        } finally {
            receiver.revive(WEB_HOOK);
        }

        try (var notified = reader(Topics.APPEALS_NOTIFIED)) {
            for (AppealReceived appeal : web) {
                var resent = callAs(TestIdentity.operator("cur-operator"), "POST",
                        "/api/v1/deliveries/" + deliveryId(appeal) + "/resend", null);
                assertThat(resent.statusCode()).isEqualTo(202);
                assertThat(JSON.readTree(resent.body()).get("state").asString()).isEqualTo("PENDING");
            }
            for (AppealReceived appeal : web) {
                String key = appeal.appealId().toString();
                eventually().until(() -> state(appeal).equals("DELIVERED"));
                // the adapter saw the same key on every attempt and took the reply once
                assertThat(receiver.callsFor(key)).hasSize(5)
                        .allSatisfy(call -> assertThat(call.delivery()).isEqualTo(deliveryId(appeal)));
                assertThat(receiver.distinctAcceptedDeliveries(key)).isEqualTo(1);
                JsonNode delivery = deliveriesOf(appeal.appealId()).get(0);
                assertThat(delivery.get("resends").asInt()).isEqualTo(1);
                // who re-sent it, as the gateway identified them
                assertThat(delivery.at("/resentBy/0/actor/id").asString()).isEqualTo("cur-operator");
                assertThat(delivery.at("/resentBy/0/actor/role").asString()).isEqualTo("OPERATOR");
                assertThat(delivery.at("/resentBy/0/at").isMissingNode()).isFalse();
                assertThat(delivery.get("attemptCount").asInt()).isEqualTo(1);
                eventually().until(() -> values(notified, appeal.appealId()).size() == 2);
                List<JsonNode> events = values(notified, appeal.appealId());
                assertThat(events.get(1).get("outcome").asString()).isEqualTo("DELIVERED");
                assertThat(events.get(1).get("eventId")).isNotEqualTo(events.get(0).get("eventId"));
            }
        }
        eventually().until(() -> circuit(Channel.WEB, "closed") == 1.0);
        assertThat(call("POST", "/api/v1/deliveries/" + deliveryId(web.get(0)) + "/resend", "OPERATOR", null, null)
                .statusCode()).isEqualTo(409);
    }

    @Test
    void onlyStaffMaySeeAndResendParkedDeliveriesAndBadRequestsAreProblems() throws Exception {
        assertThat(call("GET", "/api/v1/deliveries/parked", "CHANNEL", "WEB", null).statusCode()).isEqualTo(403);
        // deliveries are not filtered by municipality yet: a municipal centre's operator gets none of them
        assertThat(callAs(TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA"), "GET",
                "/api/v1/deliveries/parked", null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/deliveries/" + java.util.UUID.randomUUID() + "/resend", "DEPARTMENT",
                "mikhailovka-roads", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/deliveries/parked?channel=FAX", "ADMIN", null, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/deliveries/parked?limit=0", "ADMIN", null, null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/deliveries/" + java.util.UUID.randomUUID() + "/resend", "ADMIN", null, null)
                .statusCode()).isEqualTo(404);
        var bad = call("POST", "/api/v1/deliveries/nope/resend", "ADMIN", null, null);
        assertThat(bad.statusCode()).as("no UUID, so no such delivery").isEqualTo(404);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private String state(AppealReceived appeal) throws Exception {
        return deliveriesOf(appeal.appealId()).path(0).path("state").asString("");
    }

    private String deliveryId(AppealReceived appeal) throws Exception {
        return deliveriesOf(appeal.appealId()).get(0).get("deliveryId").asString();
    }

    /** Reported by the instance holding the gauge's lease, after its next refresh; -1 while not reported. */
    private double parkedGauge(Channel channel) {
        var gauge = meters.find("appeals.deliveries.parked").tag("channel", channel.name()).gauge();
        return gauge == null ? -1 : gauge.value();
    }

    private double circuit(Channel channel, String state) {
        return meters.get("appeals.channel.circuit").tags("channel", channel.name(), "state", state).gauge().value();
    }
}
