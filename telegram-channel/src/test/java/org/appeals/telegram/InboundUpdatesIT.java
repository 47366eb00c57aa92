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
    void aTextAndTheLocationSharedRightAfterBecomeOneAppealWithItsCoordinates() {
        // the fake delivers the text, then the location as a message of its own, as Telegram does
        telegram.message(json("{\"chat_id\":1006,\"first_name\":\"Анна\",\"text\":\"Яма на ул. Мира, 5\","
                + "\"location\":{\"latitude\":48.94,\"longitude\":43.47}}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("1006:1").size() == 1);
        JsonNode appeal = gateway.submissions("1006:1").get(0).json();
        assertThat(appeal.path("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(appeal.path("text").asString()).isEqualTo("Яма на ул. Мира, 5");
        assertThat(appeal.path("author").path("id").asString()).isEqualTo("tg-1006");
        assertThat(appeal.path("author").path("name").asString()).isEqualTo("Анна");
        assertThat(appeal.path("replyTo").path("chatId").asString()).isEqualTo("1006");
        assertThat(appeal.path("replyTo").path("messageId").asString()).isEqualTo("1");
        assertThat(appeal.path("location").path("lat").asDouble()).isEqualTo(48.94);
        assertThat(appeal.path("location").path("lon").asDouble()).isEqualTo(43.47);
        assertThat(gateway.submissions("1006:1").get(0).apiKey()).isEqualTo("test-channel-telegram");
        // the location message is no appeal of its own
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> gateway.submissions("1006:2").isEmpty() && gateway.submissions("1006:1").size() == 1);
    }

    @Test
    void aLocationSharedFirstWaitsForItsText() {
        telegram.message(json("{\"chat_id\":1007,\"location\":{\"latitude\":50.06,\"longitude\":43.24}}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1007).size() == 1);
        assertThat(botMessages(1007).get(0).path("text").asString()).startsWith("Геопозицию получили");

        telegram.message(json("{\"chat_id\":1007,\"text\":\"Здесь не горит фонарь\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("1007:3").size() == 1);
        JsonNode appeal = gateway.submissions("1007:3").get(0).json();
        assertThat(appeal.path("text").asString()).isEqualTo("Здесь не горит фонарь");
        assertThat(appeal.path("location").path("lat").asDouble()).isEqualTo(50.06);
        assertThat(appeal.path("location").path("lon").asDouble()).isEqualTo(43.24);
    }

    @Test
    void aPhotoWithACaptionBecomesAnAppealWhoseAttachmentTheAdapterServes() {
        ObjectNode update = telegram.message(json("{\"chat_id\":1001,\"text\":\"Яма на ул. Мира, 5\",\"photo\":\"pit\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("1001:1").size() == 1);
        JsonNode appeal = gateway.submissions("1001:1").get(0).json();
        String largest = update.path("message").path("photo").get(2).path("file_id").asString();
        assertThat(appeal.path("text").asString()).isEqualTo("Яма на ул. Мира, 5");
        assertThat(appeal.path("attachments")).hasSize(1);
        assertThat(appeal.path("attachments").get(0).asString()).isEqualTo("http://files.example/files/" + largest);
        assertThat(appeal.has("location")).isFalse();

        HttpResponse<byte[]> photo = get(url("/files/" + largest));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(new String(photo.body(), StandardCharsets.UTF_8)).isEqualTo("fake photo pit 1280px");
        assertThat(get(url("/files/no-such-file")).statusCode()).isEqualTo(404);
    }

    @Test
    void aPhotoWithoutACaptionIsAskedForItsText() {
        telegram.message(json("{\"chat_id\":1008,\"photo\":\"pit\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1008).size() == 1);
        assertThat(botMessages(1008).get(0).path("text").asString()).contains("подпись");
        assertThat(gateway.submissions("1008:1")).isEmpty();
    }

    @Test
    void aTextWithoutLocationIsRegisteredOnceTheWindowPasses() {
        telegram.message(json("{\"chat_id\":1002,\"text\":\"Не горит фонарь у школы №3\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("1002:1").size() == 1);
        assertThat(gateway.submissions("1002:1").get(0).json().has("location")).isFalse();
    }

    @Test
    void anUpdateWithTheSecretTokenIsTakenAndARepeatedOneIsHandledOnce() {
        double duplicates = metric("appeals_telegram_events_total", "type=\"duplicate\"");
        ObjectNode update = telegram.message(json("{\"chat_id\":1003,\"text\":\"/start\"}"));
        assertThat(update.path("webhook_status").asInt()).isEqualTo(200);
        update.remove("webhook_status");

        HttpResponse<String> again = post(url("/webhooks/telegram-bot"), JSON.writeValueAsString(update),
                "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);

        assertThat(again.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1003).size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> botMessages(1003).size() == 1);
        assertThat(botMessages(1003).get(0).path("text").asString()).startsWith("Здравствуйте!").contains("/status");
        assertThat(metric("appeals_telegram_events_total", "type=\"duplicate\"")).isEqualTo(duplicates + 1);
    }

    @Test
    void anUpdateWithoutTheRightSecretTokenIsRefusedAndNotHandled() {
        String update = "{\"update_id\":9,\"message\":{\"message_id\":1,\"from\":{\"id\":1004,\"is_bot\":false},"
                + "\"chat\":{\"id\":1004,\"type\":\"private\"},\"date\":1764900000,\"text\":\"Яма\"}}";

        assertThat(post(url("/webhooks/telegram-bot"), update).statusCode()).isEqualTo(403);
        assertThat(post(url("/webhooks/telegram-bot"), update, "X-Telegram-Bot-Api-Secret-Token", "wrong")
                .statusCode()).isEqualTo(403);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> gateway.submissions("1004:1").isEmpty());
    }

    @Test
    void statusListsTheChatsAppealsWithTheirStatesFromThePublicView() {
        telegram.message(json("{\"chat_id\":1005,\"text\":\"Мусор не вывозят неделю\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions("1005:1").size() == 1);
        String number = gateway.numberOf("1005:1");
        gateway.publish(number, GatewayStub.ACCESS_CODE, "{\"number\":\"" + number + "\",\"status\":\"IN_PROGRESS\","
                + "\"statusText\":\"В работе у исполнителя\"}");

        telegram.message(json("{\"chat_id\":1005,\"text\":\"/status\"}"));

        await().atMost(Duration.ofSeconds(10)).until(() -> botMessages(1005).stream()
                .anyMatch(m -> m.path("text").asString().contains(number + " — В работе у исполнителя")));
        List<GatewayStub.Request> views = gateway.requests("GET", "/api/v1/public/appeals/" + number);
        assertThat(views.get(0).query()).isEqualTo("code=" + GatewayStub.ACCESS_CODE);
        assertThat(views.get(0).apiKey()).isEqualTo("test-channel-telegram");
        JsonNode answer = botMessages(1005).stream().filter(m -> m.path("text").asString().contains(number))
                .findFirst().orElseThrow();
        assertThat(answer.path("reply_parameters").path("message_id").asLong()).isEqualTo(2);
    }
}
