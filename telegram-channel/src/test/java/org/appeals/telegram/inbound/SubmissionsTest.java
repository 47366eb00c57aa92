package org.appeals.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SubmissionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAppealNamesItsMessageAuthorPhotoAndPlace() {
        Draft draft = new Draft(42, 7, 43, "Мария", "Яма", "AgAC1", 48.7, 44.5, Instant.parse("2026-12-04T10:00:00Z"),
                Instant.parse("2026-12-04T10:01:00Z"));

        ObjectNode body = Submissions.appeal(draft, "https://tg.example/", JSON);

        assertThat(JSON.writeValueAsString(body)).isEqualTo("{\"channel\":\"TELEGRAM\",\"externalId\":\"42:7\","
                + "\"author\":{\"id\":\"tg-43\",\"name\":\"Мария\"},\"text\":\"Яма\","
                + "\"receivedAt\":\"2026-12-04T10:00:00Z\",\"replyTo\":{\"chatId\":\"42\",\"messageId\":\"7\"},"
                + "\"attachments\":[\"https://tg.example/files/AgAC1\"],\"location\":{\"lat\":48.7,\"lon\":44.5}}");
    }

    @Test
    void aReplyNamesTheAppeal() {
        IncomingMessage message = new IncomingMessage(42, 9, 43, null, "Дом 5", null, null, null, 3L, Instant.EPOCH);

        ObjectNode body = Submissions.reply(message, "0b9d7c2e-0000-4000-8000-000000000001", JSON);

        assertThat(body.path("inReplyTo").asString()).isEqualTo("0b9d7c2e-0000-4000-8000-000000000001");
        assertThat(body.path("externalId").asString()).isEqualTo("42:9");
        assertThat(body.path("author").has("name")).isFalse();
    }
}
