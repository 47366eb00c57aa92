package org.appeals.vk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.appeals.vk.VkITBase;
import org.appeals.support.testing.GatewayStub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** VK's Callback API end to end: the fake sends events as VK does; the stub gateway records what the adapter submits. */
class CallbackIT extends VkITBase {

    @Autowired
    MeterRegistry registry;

    @Test
    void answersTheConfirmationWithTheConfiguredString() {
        String answer = vk.deliverRaw("{\"type\":\"confirmation\",\"group_id\":" + GROUP_ID + "}");

        assertThat(answer).isEqualTo(CONFIRMATION);
    }

    @Test
    void aCommentUnderTheCommunitysPostBecomesAnAppealWithItsPlace() {
        JsonNode sent = vk.comment("На улице Мира в Михайловке огромная яма", 7701, 11, null);

        assertThat(sent.path("answer").asString()).isEqualTo("ok");
        long commentId = sent.path("comment_id").asLong();
        String externalId = "wall-201_11_c" + commentId;
        GatewayStub.Request submitted = eventually().until(() -> gateway.submissions(externalId),
                list -> !list.isEmpty()).get(0);
        assertThat(submitted.apiKey()).isEqualTo("test-channel-vk");
        assertThat(submitted.json().path("channel").asString()).isEqualTo("VK");
        assertThat(submitted.json().path("text").asString()).isEqualTo("На улице Мира в Михайловке огромная яма");
        assertThat(submitted.json().path("author").path("id").asString()).isEqualTo("vk-7701");
        assertThat(submitted.json().path("replyTo").path("ownerId").asString()).isEqualTo("-201");
        assertThat(submitted.json().path("replyTo").path("postId").asString()).isEqualTo("11");
        assertThat(submitted.json().path("replyTo").path("commentId").asString()).isEqualTo(Long.toString(commentId));
        assertThat(submitted.json().has("inReplyTo")).isFalse();
    }

    @Test
    void anEventVkSendsAgainIsProcessedOnce() {
        JsonNode sent = vk.message("Не вывозят мусор на ул. Ленина, 5", 7702, List.of());
        String eventId = sent.path("event_id").asString();

        assertThat(vk.redeliver(eventId)).isEqualTo("ok");
        assertThat(vk.redeliver(eventId)).isEqualTo("ok");

        String externalId = "msg7702_1";
        eventually().until(() -> gateway.submissions(externalId).size() == 1);
        eventually().during(Duration.ofMillis(1500)).until(() -> gateway.submissions(externalId).size() == 1);
        assertThat(registry.counter("appeals.vk.events", "type", "duplicate").count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEventWithAWrongSecretIsAnsweredOkButNotProcessed() {
        double rejectedBefore = registry.counter("appeals.vk.events", "type", "rejected").count();
        String forged = "{\"type\":\"message_new\",\"group_id\":" + GROUP_ID + ",\"event_id\":\"forged-1\","
                + "\"secret\":\"wrong\",\"object\":{\"message\":{\"id\":1,\"peer_id\":7703,\"from_id\":7703,"
                + "\"conversation_message_id\":1,\"text\":\"подделка\",\"date\":1764800000}}}";

        assertThat(vk.deliverRaw(forged)).isEqualTo("ok");

        assertThat(registry.counter("appeals.vk.events", "type", "rejected").count()).isEqualTo(rejectedBefore + 1);
        eventually().during(Duration.ofMillis(1000)).until(() -> gateway.submissions("msg7703_1").isEmpty());
    }

    @Test
    void photosInAMessageBecomeAttachmentsAtTheirLargestSize() {
        vk.message("Сломана скамейка в сквере", 7704, List.of("https://sun9-1.userapi.com/bench.jpg"));

        JsonNode submitted = eventually().until(() -> gateway.submissions("msg7704_1"), list -> !list.isEmpty())
                .get(0).json();
        assertThat(submitted.path("attachments").get(0).asString()).isEqualTo("https://sun9-1.userapi.com/bench.jpg");
        assertThat(submitted.path("replyTo").path("peerId").asString()).isEqualTo("7704");
    }

    @Test
    void aPostWithTheHashtagBecomesAnAppealSuggestedOrNot() {
        JsonNode tagged = vk.post("#ЦУР34 не горят фонари на Садовой", 7705, false);
        JsonNode suggested = vk.post("Прошу помочь #цур34: затопило подвал", 7706, true);
        JsonNode untagged = vk.post("Просто хорошая погода #ЦУР345", 7707, false);

        eventually().until(() -> !gateway.submissions("wall-201_" + tagged.path("post_id").asLong()).isEmpty()
                && !gateway.submissions("wall-201_" + suggested.path("post_id").asLong()).isEmpty());
        JsonNode suggestion = gateway.submissions("wall-201_" + suggested.path("post_id").asLong()).get(0).json();
        assertThat(suggestion.path("replyTo").path("postType").asString()).isEqualTo("suggest");
        eventually().during(Duration.ofMillis(800))
                .until(() -> gateway.submissions("wall-201_" + untagged.path("post_id").asLong()).isEmpty());
    }

    @Test
    void theResidentsNextMessageInAnAnsweredConversationIsAReplyToTheAppeal() throws Exception {
        vk.message("Когда отремонтируют дорогу на Гагарина?", 7708, List.of());
        var replyTo = replyToOf("msg7708_1");
        String appealId = gateway.appealOf("msg7708_1");
        UUID delivery = UUID.randomUUID();

        assertThat(webhook(delivery, appealId, replyTo, "CLARIFICATION", List.of("Уточните номер дома")).statusCode())
                .isEqualTo(202);
        eventually().until(() -> !gateway.receipts(delivery).isEmpty());
        vk.message("Дом 12", 7708, List.of());

        JsonNode reply = eventually().until(() -> gateway.submissions("msg7708_3"), list -> !list.isEmpty())
                .get(0).json();
        assertThat(reply.path("inReplyTo").asString()).isEqualTo(appealId);
    }
}
