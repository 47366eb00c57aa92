package org.appeals.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.WebhookSignature;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The platform's replies through the signed webhook to sendMessage, the buttons, feedback and receipts. */
class RepliesIT extends TelegramITBase {

    @Test
    void aFinalAnswerGoesAsRepliesToTheResidentsMessageInPartsWithRatingButtonsUnderTheLast() {
        String appealId = registered(2001);
        UUID delivery = UUID.randomUUID();

        assertThat(sendReply(delivery, appealId, 2001, "FINAL", "(1/2) Яма заделана.", "(2/2) Спасибо.")).isEqualTo(202);
        assertThat(sendReply(delivery, appealId, 2001, "FINAL", "(1/2) Яма заделана.", "(2/2) Спасибо.")).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(() -> receipts(delivery).size() == 1);
        List<JsonNode> bot = botMessages(2001);
        assertThat(bot).hasSize(2);
        assertThat(bot.get(0).path("text").asString()).isEqualTo("(1/2) Яма заделана.");
        assertThat(bot.get(0).path("reply_parameters").path("message_id").asLong()).isEqualTo(1);
        assertThat(bot.get(0).has("reply_markup")).isFalse();
        assertThat(bot.get(1).path("text").asString()).isEqualTo("(2/2) Спасибо.");
        assertThat(bot.get(1).path("reply_parameters").path("message_id").asLong()).isEqualTo(1);
        assertThat(bot.get(1).path("reply_parameters").path("allow_sending_without_reply").asBoolean()).isTrue();
        JsonNode keyboard = bot.get(1).path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.get(0)).hasSize(5);
        assertThat(keyboard.get(0).get(0).path("callback_data").asString()).matches("fb:[0-9a-f]{12}:r1");
        assertThat(keyboard.get(1).get(0).path("text").asString()).isEqualTo("Решено");
        assertThat(keyboard.get(1).get(1).path("text").asString()).isEqualTo("Не решено");
        assertThat(keyboard.get(1).get(1).path("callback_data").asString()).endsWith(":s0");
        assertThat(json(receipts(delivery).get(0)).path("status").asString()).isEqualTo("DELIVERED");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> botMessages(2001).size() == 2);
    }

    @Test
    void aPieceLongerThanTelegramsLimitIsCutAt4096Characters() {
        String appealId = registered(2007);
        UUID delivery = UUID.randomUUID();
        String text = "Ответ. ".repeat(700) + "Конец.";

        sendReply(delivery, appealId, 2007, "INTERIM", text);

        await().atMost(Duration.ofSeconds(10)).until(() -> receipts(delivery).size() == 1);
        List<JsonNode> bot = botMessages(2007);
        assertThat(bot).hasSize(2);
        assertThat(bot.get(0).path("text").asString()).hasSize(4096);
        assertThat(bot.get(0).path("text").asString() + bot.get(1).path("text").asString()).isEqualTo(text);
        assertThat(bot.get(1).path("reply_parameters").path("message_id").asLong()).isEqualTo(1);
        assertThat(bot.get(1).has("reply_markup")).isFalse();
        assertThat(json(receipts(delivery).get(0)).path("status").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void ratingAndNotSolvedButtonsBecomeFeedbackThatReopens() {
        String appealId = registered(2002);
        UUID delivery = UUID.randomUUID();
        sendReply(delivery, appealId, 2002, "FINAL", "Яма заделана.");
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(2002).size() == 1);
        JsonNode answer = botMessages(2002).get(0);
        JsonNode keyboard = answer.path("reply_markup").path("inline_keyboard");
        long messageId = answer.path("message_id").asLong();

        telegram.press(2002, messageId, keyboard.get(0).get(3).path("callback_data").asString());
        telegram.press(2002, messageId, keyboard.get(1).get(1).path("callback_data").asString());

        await().atMost(Duration.ofSeconds(10)).until(() -> feedbackOn(appealId).size() == 1);
        JsonNode feedback = feedbackOn(appealId).get(0);
        assertThat(feedback.path("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(feedback.path("externalId").asString()).startsWith("fb-");
        assertThat(feedback.path("inReplyTo").asString()).isEqualTo(appealId);
        assertThat(feedback.path("feedback").path("rating").asInt()).isEqualTo(4);
        assertThat(feedback.path("feedback").path("solved").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.chats().path("callback_answers").toString()
                .contains("вернётся в работу"));
    }

    @Test
    void aResidentsReplyToTheBotsQuestionIsTheirReply() {
        String appealId = registered(2003);
        sendReply(UUID.randomUUID(), appealId, 2003, "CLARIFICATION", "Уточните номер дома.");
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(2003).size() == 1);
        long question = botMessages(2003).get(0).path("message_id").asLong();

        telegram.message(json("{\"chat_id\":2003,\"text\":\"Дом 5\",\"reply_to_message_id\":" + question + "}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("2003:3").size() == 1);
        JsonNode reply = gateway.submissions("2003:3").get(0).json();
        assertThat(reply.path("text").asString()).isEqualTo("Дом 5");
        assertThat(reply.path("inReplyTo").asString()).isEqualTo(appealId);
        assertThat(reply.has("replyTo")).isFalse();
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterTelegramGave() {
        String appealId = registered(2004);
        UUID delivery = UUID.randomUUID();
        telegram.failNext("sendMessage", 429, "Too Many Requests: retry after 2", 2, 1);
        Instant sent = Instant.now();

        sendReply(delivery, appealId, 2004, "INTERIM", "Работы начаты.");

        await().atMost(Duration.ofSeconds(15)).until(() -> receipts(delivery).size() == 1);
        assertThat(json(receipts(delivery).get(0)).path("status").asString()).isEqualTo("DELIVERED");
        assertThat(botMessages(2004)).hasSize(1);
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(metric("appeals_telegram_api_errors_total", "code=\"429\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBotBlockedByTheResidentIsAFailedReceiptWithTheReason() {
        String appealId = registered(2005);
        UUID delivery = UUID.randomUUID();
        telegram.block(2005);

        sendReply(delivery, appealId, 2005, "FINAL", "Яма заделана.");

        await().atMost(Duration.ofSeconds(10)).until(() -> receipts(delivery).size() == 1);
        JsonNode receipt = json(receipts(delivery).get(0));
        assertThat(receipt.path("status").asString()).isEqualTo("FAILED");
        assertThat(receipt.path("reason").asString()).contains("403").contains("Forbidden: bot was blocked by the user");
        assertThat(botMessages(2005)).isEmpty();
    }

    @Test
    void aReplyWithAWrongSignatureOrAnOldTimestampIsRefusedAndNotPosted() {
        String appealId = registered(2006);
        UUID delivery = UUID.randomUUID();
        String body = replyBody(delivery, appealId, 2006, "FINAL", "Яма заделана.");
        long now = Instant.now().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(post(url("/webhooks/telegram"), body, "X-Appeals-Delivery", delivery.toString(),
                "X-Appeals-Timestamp", Long.toString(now), "X-Appeals-Signature",
                WebhookSignature.header(List.of("not-the-secret"), now, bytes)).statusCode()).isEqualTo(401);
        long old = now - 600;
        assertThat(post(url("/webhooks/telegram"), body, "X-Appeals-Delivery", delivery.toString(),
                "X-Appeals-Timestamp", Long.toString(old), "X-Appeals-Signature",
                WebhookSignature.header(List.of(REPLY_SECRET), old, bytes)).statusCode()).isEqualTo(401);
        assertThat(post(url("/webhooks/telegram"), body, "X-Appeals-Delivery", delivery.toString()).statusCode())
                .isEqualTo(401);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> botMessages(2006).isEmpty() && receipts(delivery).isEmpty());
    }

    /** A resident's message in {@code chatId}, registered; returns the appeal id the gateway gave. */
    private static String registered(long chatId) {
        telegram.message(json("{\"chat_id\":" + chatId + ",\"text\":\"Яма у дома\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(chatId + ":1").size() == 1);
        return gateway.appealOf(chatId + ":1");
    }

    private static String replyBody(UUID delivery, String appealId, long chatId, String kind, String... parts) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("schemaVersion", 1)
                .put("deliveryId", delivery.toString()).put("appealId", appealId).put("channel", "TELEGRAM")
                .put("answerKind", kind).put("text", String.join(" ", parts))
                .set("replyTo", JSON.createObjectNode()
                        .put("chatId", Long.toString(chatId)).put("messageId", "1"))
                .set("parts", JSON.valueToTree(List.of(parts))));
    }

    /** Notification's signed POST, the signature listing a rotated-away secret first. */
    private int sendReply(UUID delivery, String appealId, long chatId, String kind, String... parts) {
        String body = replyBody(delivery, appealId, chatId, kind, parts);
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(List.of("rotated-away", REPLY_SECRET), timestamp,
                body.getBytes(StandardCharsets.UTF_8));
        return post(url("/webhooks/telegram"), body, "X-Appeals-Delivery", delivery.toString(),
                "X-Appeals-Timestamp", Long.toString(timestamp), "X-Appeals-Signature", signature).statusCode();
    }

    private static List<String> receipts(UUID delivery) {
        return gateway.receipts(delivery).stream().map(r -> r.body()).toList();
    }

    private static List<JsonNode> feedbackOn(String appealId) {
        return gateway.requests("POST", "/api/v1/appeals").stream().map(r -> r.json())
                .filter(body -> body.has("feedback") && appealId.equals(body.path("inReplyTo").asString(null)))
                .toList();
    }
}
