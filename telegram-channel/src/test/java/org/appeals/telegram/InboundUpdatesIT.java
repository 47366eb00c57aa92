package org.appeals.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.appeals.support.testing.GatewayStub;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Residents' messages through the fake Bot API's webhook into appeals, commands and checks at the door. */
class InboundUpdatesIT extends TelegramITBase {

    @Test
    void photoWithCaptionAndTheLocationSentRightAfterBecomeOneAppeal() {
        ObjectNode update = telegram.message(json("{\"chat_id\":1001,\"text\":\"Яма на ул. Мира, 5\",\"photo\":\"pit\"}"));
        telegram.message(json("{\"chat_id\":1001,\"location\":{\"latitude\":48.94,\"longitude\":43.47}}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> appealsContaining("\"1001:1\"").size() == 1);
        JsonNode appeal = json(appealsContaining("\"1001:1\"").get(0).body());
        String largest = update.path("message").path("photo").get(2).path("file_id").asString();
        assertThat(appeal.path("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(appeal.path("text").asString()).isEqualTo("Яма на ул. Мира, 5");
        assertThat(appeal.path("author").path("id").asString()).isEqualTo("tg-1001");
        assertThat(appeal.path("replyTo").path("chatId").asString()).isEqualTo("1001");
        assertThat(appeal.path("replyTo").path("messageId").asString()).isEqualTo("1");
        assertThat(appeal.path("attachments").get(0).asString()).isEqualTo("http://files.example/files/" + largest);
        assertThat(appeal.path("location").path("lat").asDouble()).isEqualTo(48.94);
        assertThat(appeal.path("location").path("lon").asDouble()).isEqualTo(43.47);
        assertThat(appealsContaining("\"1001:1\"").get(0).apiKey()).isEqualTo("test-channel-telegram");

        HttpResponse<byte[]> photo = get(url("/files/" + largest));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(new String(photo.body(), StandardCharsets.UTF_8)).isEqualTo("fake photo pit 1280px");
    }

    @Test
    void aTextWithoutLocationIsRegisteredOnceTheWindowPasses() {
        telegram.message(json("{\"chat_id\":1002,\"text\":\"Не горит фонарь у школы №3\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> appealsContaining("\"1002:1\"").size() == 1);
        assertThat(json(appealsContaining("\"1002:1\"").get(0).body()).has("location")).isFalse();
    }

    @Test
    void aRepeatedUpdateIsHandledOnce() {
        ObjectNode update = telegram.message(json("{\"chat_id\":1003,\"text\":\"/start\"}"));
        update.remove("webhook_status");

        HttpResponse<String> again = post(url("/webhooks/telegram-bot"), JSON.writeValueAsString(update),
                "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);

        assertThat(again.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1003).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> botMessages(1003).size() == 1);
        assertThat(botMessages(1003).get(0).path("text").asString()).startsWith("Здравствуйте!").contains("/status");
    }

    @Test
    void anUpdateWithoutTheSecretTokenIsRefused() {
        String update = "{\"update_id\":9,\"message\":{\"message_id\":1,\"chat\":{\"id\":1004},\"text\":\"x\"}}";

        assertThat(post(url("/webhooks/telegram-bot"), update).statusCode()).isEqualTo(403);
        assertThat(post(url("/webhooks/telegram-bot"), update, "X-Telegram-Bot-Api-Secret-Token", "wrong")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void statusListsTheChatsAppealsWithTheirStatesFromThePublicView() {
        telegram.message(json("{\"chat_id\":1005,\"text\":\"Мусор не вывозят неделю\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> appealsContaining("\"1005:1\"").size() == 1);
        String number = gateway.numberOf("1005:1");
        gateway.publish(number, GatewayStub.ACCESS_CODE, "{\"number\":\"" + number + "\",\"status\":\"IN_PROGRESS\","
                + "\"statusText\":\"В работе у исполнителя\"}");

        telegram.message(json("{\"chat_id\":1005,\"text\":\"/status\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1005).stream()
                .anyMatch(m -> m.path("text").asString().contains(number + " — В работе у исполнителя")));
        List<GatewayStub.Request> views = gateway.requests("GET", "/api/v1/public/appeals/" + number);
        assertThat(views.get(0).query()).isEqualTo("code=" + GatewayStub.ACCESS_CODE);
    }
}
