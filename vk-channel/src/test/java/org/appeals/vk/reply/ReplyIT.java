package org.appeals.vk.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.vk.VkITBase;
import org.appeals.vk.fake.FakeVk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Replies from the signed webhook back into VK, in place, once, with VK's errors handled as VK documents them. */
class ReplyIT extends VkITBase {

    @Test
    void aReplyToACommentGoesUnderItWithTheDeliveryAsGuidAndIsReportedDelivered() throws Exception {
        JsonNode sent = vk.comment("Яма у дома 5", 7801, 21, null);
        String externalId = "wall-201_21_c" + sent.path("comment_id").asLong();
        Map<String, String> replyTo = replyToOf(externalId);
        UUID delivery = UUID.randomUUID();

        assertThat(webhook(delivery, gateway.appealOf(externalId), replyTo, "FINAL", List.of("Яма заделана")).statusCode())
                .isEqualTo(202);

        JsonNode receipt = eventually().until(() -> gateway.receipts(delivery), list -> !list.isEmpty()).get(0).json();
        assertThat(receipt.path("status").asString()).isEqualTo("DELIVERED");
        FakeVk.Call call = vk.calls("wall.createComment").stream()
                .filter(c -> delivery.toString().equals(c.params().get("guid"))).findFirst().orElseThrow();
        assertThat(call.params()).containsEntry("owner_id", "-201").containsEntry("post_id", "21")
                .containsEntry("from_group", "201")
                .containsEntry("reply_to_comment", Long.toString(sent.path("comment_id").asLong()))
                .containsEntry("v", "5.199");
        assertThat(vk.comments(21)).anySatisfy(comment -> {
            assertThat(comment.path("text").asString()).isEqualTo("Яма заделана");
            assertThat(comment.path("from_id").asLong()).isEqualTo(-201);
        });
    }

    @Test
    void theSameDeliveryTwiceIsPostedOnce() throws Exception {
        vk.message("Нет света в подъезде", 7802, List.of());
        Map<String, String> replyTo = replyToOf("msg7802_1");
        UUID delivery = UUID.randomUUID();

        assertThat(webhook(delivery, gateway.appealOf("msg7802_1"), replyTo, "INTERIM", List.of("Работаем")).statusCode())
                .isEqualTo(202);
        eventually().until(() -> !gateway.receipts(delivery).isEmpty());
        assertThat(webhook(delivery, gateway.appealOf("msg7802_1"), replyTo, "INTERIM", List.of("Работаем")).statusCode())
                .isEqualTo(200);

        assertThat(vk.messages(7802).stream().filter(m -> m.path("out").asInt() == 1)).hasSize(1);
        assertThat(gateway.receipts(delivery)).hasSize(1);
    }

    @Test
    void aMessageReplyCarriesARandomIdFromTheDeliveryAndRepliesToTheResidentsMessage() throws Exception {
        JsonNode sent = vk.message("Упало дерево на Школьной", 7803, List.of());
        Map<String, String> replyTo = replyToOf("msg7803_1");
        UUID delivery = UUID.randomUUID();

        webhook(delivery, gateway.appealOf("msg7803_1"), replyTo, "FINAL", List.of("(1/2) Дерево убрано.", "(2/2) Спасибо."));

        eventually().until(() -> !gateway.receipts(delivery).isEmpty());
        List<FakeVk.Call> sends = vk.calls("messages.send").stream()
                .filter(c -> c.params().get("peer_id").equals("7803")).toList();
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).params()).containsEntry("random_id", Integer.toString(RandomIds.randomId(delivery, 0)))
                .containsEntry("reply_to", Long.toString(sent.path("message_id").asLong()))
                .containsEntry("message", "(1/2) Дерево убрано.");
        assertThat(sends.get(1).params()).containsEntry("random_id", Integer.toString(RandomIds.randomId(delivery, 1)))
                .containsEntry("message", "(2/2) Спасибо.").doesNotContainKey("reply_to");
    }

    @Test
    void tooManyRequestsPerSecondIsRetriedWithBackOff() throws Exception {
        assertRetriedThenDelivered(7804, 6);
    }

    @Test
    void floodControlIsRetriedWithBackOff() throws Exception {
        assertRetriedThenDelivered(7805, 9);
    }

    @Test
    void anInternalErrorOfVkIsRetried() throws Exception {
        assertRetriedThenDelivered(7806, 10);
    }

    @Test
    void aResidentWhoDidNotAllowMessagesGetsAFailedReceiptWithTheReason() throws Exception {
        assertFailedReceipt(7807, 901, "Can't send messages for users without permission");
    }

    @Test
    void aResidentWhosePrivacySettingsBarTheCommunityGetsAFailedReceiptWithTheReason() throws Exception {
        assertFailedReceipt(7808, 902, "privacy settings");
    }

    @Test
    void aRefusedTokenOpensTheCircuitTellsHealthAndMetricsAndTheReplyWaits() throws Exception {
        vk.message("Не работает светофор", 7809, List.of());
        Map<String, String> replyTo = replyToOf("msg7809_1");
        UUID held = UUID.randomUUID();
        vk.revokeToken();
        try {
            webhook(held, gateway.appealOf("msg7809_1"), replyTo, "FINAL", List.of("Светофор исправлен"));

            eventually().until(() -> get("/actuator/health").statusCode() == 503);
            assertThat(get("/actuator/prometheus").body()).contains("appeals_vk_api_circuit_open 1.0")
                    .contains("appeals_vk_api_errors_total{code=\"5\"}");
            assertThat(webhook(UUID.randomUUID(), gateway.appealOf("msg7809_1"), replyTo, "FINAL", List.of("x"))
                    .statusCode()).isEqualTo(503);
            assertThat(gateway.receipts(held)).isEmpty();
        } finally {
            vk.restoreToken();
        }

        JsonNode receipt = eventually().until(() -> gateway.receipts(held), list -> !list.isEmpty()).get(0).json();
        assertThat(receipt.path("status").asString()).isEqualTo("DELIVERED");
        eventually().until(() -> get("/actuator/health").statusCode() == 200);
    }

    @Test
    void anUnsignedWebhookIsRefused() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/webhooks/vk")))
                .header("Content-Type", "application/json").header("X-Appeals-Timestamp", "1")
                .header("X-Appeals-Signature", "sha256=00")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();

        int status = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();

        assertThat(status).isEqualTo(401);
    }

    private void assertRetriedThenDelivered(long resident, int code) throws Exception {
        vk.message("Обращение " + resident, resident, List.of());
        String externalId = "msg" + resident + "_1";
        Map<String, String> replyTo = replyToOf(externalId);
        UUID delivery = UUID.randomUUID();
        vk.failNext("messages.send", code, 2);

        webhook(delivery, gateway.appealOf(externalId), replyTo, "FINAL", List.of("Ответ"));

        JsonNode receipt = eventually().until(() -> gateway.receipts(delivery), list -> !list.isEmpty()).get(0).json();
        assertThat(receipt.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(vk.calls("messages.send").stream()
                .filter(c -> c.params().get("peer_id").equals(Long.toString(resident)))).hasSize(3);
        assertThat(vk.messages(resident).stream().filter(m -> m.path("out").asInt() == 1)).hasSize(1);
    }

    private void assertFailedReceipt(long resident, int code, String reason) throws Exception {
        vk.message("Обращение " + resident, resident, List.of());
        String externalId = "msg" + resident + "_1";
        Map<String, String> replyTo = replyToOf(externalId);
        UUID delivery = UUID.randomUUID();
        if (code == 901) {
            vk.withoutMessagePermission(resident);
        } else {
            vk.privacyBars(resident);
        }

        webhook(delivery, gateway.appealOf(externalId), replyTo, "FINAL", List.of("Ответ"));

        JsonNode receipt = eventually().until(() -> gateway.receipts(delivery), list -> !list.isEmpty()).get(0).json();
        assertThat(receipt.path("status").asString()).isEqualTo("FAILED");
        assertThat(receipt.path("reason").asString()).contains("VK error " + code).contains(reason);
        assertThat(vk.calls("messages.send").stream()
                .filter(c -> c.params().get("peer_id").equals(Long.toString(resident)))).hasSize(1);
    }
}
