package org.appeals.ok.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** OK's webhook update (the documentation's examples) as the appeal the gateway takes. */
class AppealBodyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    /** The plain text example of graph.user.subscribe, with a photo and an answered message added. */
    private static final String UPDATE = """
            {"sender": {"user_id": "user:123456789012", "name": "Мария"},
             "recipient": {"chat_id": "chat:C3ecb9d02a600"},
             "message": {"text": "text", "seq": 98211023614189660, "mid": "mid:C3ecb9d02a600.15cea67d78d2059",
                         "reply_to": "mid:C3ecb9d02a600.15cea67d78d2000",
                         "attachments": [{"type": "IMAGE", "payload": {"url": "https://i.mycdn.me/photo"}},
                                         {"type": "SHARE", "payload": {"url": "https://ya.ru/"}}]},
             "timestamp": 1498581292941}""";

    @Test
    void theDocumentedUpdateBecomesAnOkAppealAnsweredInItsChat() {
        OkUpdate update = OkUpdate.of(JSON.readTree(UPDATE)).orElseThrow();

        Map<String, Object> body = AppealBody.of(update, null, CLOCK);

        assertThat(body).containsEntry("channel", "OK").containsEntry("externalId", "mid:C3ecb9d02a600.15cea67d78d2059")
                .containsEntry("text", "text").containsEntry("receivedAt", "2017-06-27T16:34:52.941Z")
                .containsEntry("attachments", List.of("https://i.mycdn.me/photo"))
                .containsEntry("replyTo", Map.of("chatId", "chat:C3ecb9d02a600",
                        "messageId", "mid:C3ecb9d02a600.15cea67d78d2059", "userId", "user:123456789012"))
                .containsEntry("author", Map.of("id", "user:123456789012", "name", "Мария"))
                .doesNotContainKey("inReplyTo");
        assertThat(update.replyTo()).isEqualTo("mid:C3ecb9d02a600.15cea67d78d2000");
    }

    @Test
    void theResidentsAnswerNamesTheAppeal() {
        OkUpdate update = OkUpdate.of(JSON.readTree(UPDATE)).orElseThrow();

        assertThat(AppealBody.of(update, "a-1", CLOCK)).containsEntry("inReplyTo", "a-1");
    }

    @Test
    void aPhotoWithoutCaptionStillSaysSomething() {
        OkUpdate photo = new OkUpdate("mid:1", "chat:1", "user:1", null, " ", null, List.of("https://p"), 0);

        assertThat(AppealBody.hasContent(photo)).isTrue();
        assertThat(AppealBody.of(photo, null, CLOCK)).containsEntry("text", AppealBody.PHOTO_ONLY_TEXT);
    }

    @Test
    void aStickerCarriesNothingToRegister() {
        OkUpdate sticker = new OkUpdate("mid:1", "chat:1", "user:1", null, "", null, List.of(), 0);

        assertThat(AppealBody.hasContent(sticker)).isFalse();
    }

    @Test
    void aBrokenClockIsReplacedByNow() {
        assertThat(AppealBody.receivedAt(0, CLOCK)).isEqualTo(CLOCK.instant());
        assertThat(AppealBody.receivedAt(CLOCK.millis() + 3 * 86_400_000L, CLOCK)).isEqualTo(CLOCK.instant());
    }

    @Test
    void eventsOtherThanNewMessagesAreNotAppeals() {
        assertThat(OkUpdate.of(JSON.readTree("{\"recipient\":{\"chat_id\":\"chat:1\"}}"))).isEmpty();
        assertThat(OkUpdate.of(JSON.readTree("{\"webhookType\":\"MESSAGE_CALLBACK\",\"sender\":{\"user_id\":\"u\"},"
                + "\"recipient\":{\"chat_id\":\"c\"},\"message\":{\"mid\":\"m\"}}"))).isEmpty();
    }

    @Test
    void longTextsAndFieldsStayWithinIntakesLimits() {
        OkUpdate update = new OkUpdate("mid:1", "chat:1", "user:1", "И\u0007мя".repeat(100), "я".repeat(12_000),
                null, List.of(), 0);

        Map<String, Object> body = AppealBody.of(update, null, CLOCK);

        assertThat((String) body.get("text")).hasSize(AppealBody.MAX_TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> author = (Map<String, Object>) body.get("author");
        assertThat((String) author.get("name")).hasSize(AppealBody.MAX_FIELD).doesNotContain("\u0007");
    }
}
