package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Adapters' receipts: only the delivery's own channel may report, the first report counts, a failure parks. */
class ReceiptsIT extends NotificationITBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void theChannelsReceiptIsStoredOnceTimedAndRepeatedAlikeWhileAConflictingOneIsRefused() throws Exception {
        AppealReceived appeal = delivered(Channel.VK, "Мария", Map.of("postId", "501"));
        String receipt = receiptPath(appeal);
        long timedBefore = latencyCount(Channel.VK, "delivered");

        var first = call("POST", receipt, "CHANNEL", "VK", "{\"status\":\"DELIVERED\"}");
        var again = call("POST", receipt, "CHANNEL", "VK", "{\"status\":\"DELIVERED\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("receivedAt")).isEqualTo(JSON.readTree(first.body()).get("receivedAt"));
        assertThat(latencyCount(Channel.VK, "delivered")).isEqualTo(timedBefore + 1);
        assertThat(call("POST", receipt, "CHANNEL", "VK", "{\"status\":\"FAILED\",\"reason\":\"late\"}").statusCode())
                .isEqualTo(409);
        JsonNode delivery = deliveriesOf(appeal.appealId()).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.get("receipt").get("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void anotherChannelsKeyFindsNoSuchDeliveryAndStaffOrBadBodiesAreRefused() throws Exception {
        AppealReceived appeal = delivered(Channel.VK, "Мария", Map.of("postId", "502"));
        String receipt = receiptPath(appeal);

        var otherChannel = call("POST", receipt, "CHANNEL", "TELEGRAM", "{\"status\":\"DELIVERED\"}");
        assertThat(otherChannel.statusCode()).isEqualTo(404);
        assertThat(otherChannel.body()).doesNotContain("Мария", "postId");
        assertThat(call("POST", receipt, "OPERATOR", null, "{\"status\":\"DELIVERED\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", receipt, "CHANNEL", "VK", "{}").statusCode()).isEqualTo(400);
        assertThat(call("POST", receipt, "CHANNEL", "VK", "{\"status\":\"SEEN\"}").statusCode()).isEqualTo(400);
        assertThat(call("POST", receipt, "CHANNEL", "VK",
                "{\"status\":\"FAILED\",\"reason\":\"" + "x".repeat(501) + "\"}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/deliveries/" + java.util.UUID.randomUUID() + "/receipt", "CHANNEL", "VK",
                "{\"status\":\"DELIVERED\"}").statusCode()).isEqualTo(404);
        assertThat(deliveriesOf(appeal.appealId()).get(0).get("receipt").isNull()).isTrue();
    }

    @Test
    void aFailedReceiptParksTheDeliveryWithItsReasonAndAResendDeliversItAgainUnderTheSameKey() throws Exception {
        AppealReceived appeal = delivered(Channel.TELEGRAM, "Пётр", Map.of("chatId", "88"));
        String key = appeal.appealId().toString();
        String deliveryId = deliveriesOf(appeal.appealId()).get(0).get("deliveryId").asString();

        // the gateway signs the channel code as the enum names it
        var failed = call("POST", receiptPath(appeal), "CHANNEL", "TELEGRAM",
                "{\"status\":\"FAILED\",\"reason\":\"bot blocked by the user\"}");

        assertThat(failed.statusCode()).isEqualTo(200);
        JsonNode parked = deliveriesOf(appeal.appealId()).get(0);
        assertThat(parked.get("state").asString()).isEqualTo("PARKED");
        assertThat(parked.get("detail").asString()).contains("bot blocked by the user");
        assertThat(call("POST", "/api/v1/deliveries/" + deliveryId + "/resend", "ADMIN", null, null).statusCode())
                .isEqualTo(202);
        eventually().until(() -> receiver.callsFor(key).size() == 2
                && deliveriesOf(appeal.appealId()).get(0).get("state").asString().equals("DELIVERED"));
        assertThat(receiver.callsFor(key)).allSatisfy(call -> assertThat(call.delivery()).isEqualTo(deliveryId));
        assertThat(deliveriesOf(appeal.appealId()).get(0).get("receipt").isNull()).isTrue();
        assertThat(call("POST", receiptPath(appeal), "CHANNEL", "TELEGRAM", "{\"status\":\"DELIVERED\"}").statusCode())
                .isEqualTo(200);
    }

    private AppealReceived delivered(Channel channel, String name, Map<String, String> replyTo) throws Exception {
        AppealReceived appeal = received(channel, name, replyTo);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("").equals("DELIVERED"));
        return appeal;
    }

    private String receiptPath(AppealReceived appeal) throws Exception {
        return "/api/v1/deliveries/" + deliveriesOf(appeal.appealId()).get(0).get("deliveryId").asString() + "/receipt";
    }

    private long latencyCount(Channel channel, String status) {
        Timer timer = meters.find("appeals.delivery.latency").tags("channel", channel.name(), "status", status).timer();
        return timer == null ? 0 : timer.count();
    }
}
