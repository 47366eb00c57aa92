package org.appeals.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.appeals.telegram.feedback.CallbackPress;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UpdatesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAPhotosCaptionAndItsLargestSize() {
        IncomingMessage message = Updates.message(update("""
                {"update_id":5,"message":{"message_id":7,"date":1764800000,
                 "from":{"id":42,"is_bot":false,"first_name":"Мария","last_name":"Петрова"},
                 "chat":{"id":42,"type":"private"},"caption":"Яма",
                 "photo":[{"file_id":"small","width":90,"height":60},{"file_id":"big","width":1280,"height":853},
                          {"file_id":"mid","width":320,"height":213}]}}""")).orElseThrow();

        assertThat(message.text()).isEqualTo("Яма");
        assertThat(message.photoFileId()).isEqualTo("big");
        assertThat(message.fromName()).isEqualTo("Мария Петрова");
        assertThat(message.chatId()).isEqualTo(42);
        assertThat(message.messageId()).isEqualTo(7);
        assertThat(message.date()).isEqualTo(Instant.ofEpochSecond(1764800000));
        assertThat(message.hasLocation()).isFalse();
    }

    @Test
    void readsASharedLocationAndTheMessageRepliedTo() {
        IncomingMessage message = Updates.message(update("""
                {"update_id":6,"message":{"message_id":8,"date":1,"from":{"id":42,"is_bot":false,"first_name":"М"},
                 "chat":{"id":42},"location":{"latitude":48.7,"longitude":44.5},
                 "reply_to_message":{"message_id":3}}}""")).orElseThrow();

        assertThat(message.latitude()).isEqualTo(48.7);
        assertThat(message.longitude()).isEqualTo(44.5);
        assertThat(message.replyToMessageId()).isEqualTo(3L);
        assertThat(message.hasText()).isFalse();
    }

    @Test
    void recognisesCommandsWithTheBotsName() {
        IncomingMessage message = Updates.message(update("""
                {"update_id":7,"message":{"message_id":1,"date":1,"from":{"id":1},"chat":{"id":1},
                 "text":"/status@cur34_appeals_bot"}}""")).orElseThrow();

        assertThat(message.isCommand("/status")).isTrue();
        assertThat(message.isCommand("/start")).isFalse();
    }

    @Test
    void readsACallbackQuery() {
        CallbackPress press = Updates.press(update("""
                {"update_id":8,"callback_query":{"id":"77","from":{"id":42},"data":"fb:abc:r4",
                 "message":{"message_id":9,"chat":{"id":42}}}}""")).orElseThrow();

        assertThat(press).isEqualTo(new CallbackPress("77", 42, 42, 9, "fb:abc:r4"));
    }

    @Test
    void skipsOtherUpdatesAndBots() {
        assertThat(Updates.message(update("{\"update_id\":9,\"edited_message\":{}}"))).isEmpty();
        assertThat(Updates.message(update("""
                {"update_id":10,"message":{"message_id":1,"from":{"id":1,"is_bot":true},"chat":{"id":1},"text":"x"}}
                """))).isEmpty();
    }

    private static JsonNode update(String json) {
        return JSON.readTree(json);
    }
}
