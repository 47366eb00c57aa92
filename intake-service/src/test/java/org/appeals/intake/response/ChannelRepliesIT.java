package org.appeals.intake.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A channel relays a resident's reply on {@code POST /api/v1/appeals} with {@code inReplyTo}. */
class ChannelRepliesIT extends EmbeddedIntakeTest {

    @Autowired
    MeterRegistry meters;

    private String appealId;

    @BeforeEach
    void registerAVkAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-401"))), "CHANNEL", "VK");
        appealId = Samples.read(response.body()).get("appealId").asString();
    }

    @Test
    void aReplyIsPublishedOnceAsAClarificationOfTheReferencedAppealAndRegistersNoAppeal() {
        String externalId = unique("vk-comment");
        String body = AppealBodies.json(AppealBodies.reply("VK", externalId, appealId));
        double accepted = responses("CLARIFICATION", "VK");

        HttpResponse<String> first = client().post(body, "CHANNEL", "VK");
        HttpResponse<String> again = client().post(body, "CHANNEL", "VK");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        JsonNode answer = Samples.read(first.body());
        assertThat(answer.get("appealId").asString()).isEqualTo(appealId);
        assertThat(answer.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(Samples.read(again.body()).get("responseId").asString()).isEqualTo(answer.get("responseId").asString());
        JsonNode event = Samples.read(theOnlyResponseTo(appealId));
        assertThat(event.propertyNames()).containsExactlyInAnyOrderElementsOf(
                Samples.read(ContractSamples.RESIDENT_RESPONDED.json()).propertyNames());
        assertThat(event.get("kind").asString()).isEqualTo("CLARIFICATION");
        assertThat(event.get("responseId").asString()).isEqualTo(answer.get("responseId").asString());
        assertThat(event.get("channel").asString()).isEqualTo("VK");
        assertThat(event.get("text").asString()).contains("Подъезд 2");
        assertThat(responses("CLARIFICATION", "VK")).isEqualTo(accepted + 1);
        try (var received = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> received.valuesFor(appealId).size() == 1);
            assertThat(received.records()).noneMatch(record -> record.value().contains(externalId));
        }
    }

    @Test
    void theReplyShowsInTheAppealsTimelineForTheOwningChannel() {
        client().post(AppealBodies.json(AppealBodies.reply("VK", unique("vk-comment"), appealId)), "CHANNEL", "VK");

        JsonNode view = Samples.read(client().appeal(appealId, "CHANNEL", "VK").body());

        JsonNode entry = view.get("timeline").get(1);
        assertThat(entry.get("type").asString()).isEqualTo("RESPONDED");
        assertThat(entry.get("summary").asString()).isEqualTo("Ответ заявителя на вопрос");
        assertThat(entry.get("text").asString()).contains("Подъезд 2");
    }

    @Test
    void tenIdenticalRepliesAtOnceMakeOneResponseAndOneEvent() {
        String body = AppealBodies.json(AppealBodies.reply("VK", unique("vk-comment"), appealId));

        List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 10)
                .mapToObj(i -> client().postAsync(body, "CHANNEL", "VK")).toList();
        List<HttpResponse<String>> replies = posts.stream().map(CompletableFuture::join).toList();

        assertThat(replies).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(replies.stream().map(reply -> Samples.read(reply.body()).get("responseId").asString()).distinct())
                .hasSize(1);
        theOnlyResponseTo(appealId);
    }

    @Test
    void aReplyWithFeedbackRatesTheAnswer() {
        ObjectNode body = AppealBodies.reply("VK", unique("vk-comment"), appealId);
        body.putObject("feedback").put("rating", 2).put("solved", false);

        assertThat(client().post(AppealBodies.json(body), "CHANNEL", "VK").statusCode()).isEqualTo(202);

        JsonNode event = Samples.read(theOnlyResponseTo(appealId));
        assertThat(event.get("kind").asString()).isEqualTo("FEEDBACK");
        assertThat(event.get("rating").asInt()).isEqualTo(2);
        assertThat(event.get("solved").asBoolean()).isFalse();
    }

    @Test
    void aReplyToAnotherChannelsAppealIsNotFoundExactlyLikeAMissingOne() {
        var others = client().post(AppealBodies.json(AppealBodies.reply("TELEGRAM", unique("tg"), appealId)),
                "CHANNEL", "TELEGRAM");
        var missing = client().post(AppealBodies.json(AppealBodies.reply("TELEGRAM", unique("tg"),
                UUID.randomUUID().toString())), "CHANNEL", "TELEGRAM");

        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(others.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Samples.read(others.body()).get("detail")).isEqualTo(Samples.read(missing.body()).get("detail"));
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void aClarificationWithoutTextOrWithABadAppealIdIsABadRequestNamingTheField() {
        ObjectNode noText = AppealBodies.reply("VK", unique("vk-comment"), appealId);
        noText.remove("text");
        ObjectNode badId = AppealBodies.reply("VK", unique("vk-comment"), "appeal-7");
        ObjectNode badRating = AppealBodies.reply("VK", unique("vk-comment"), appealId);
        badRating.putObject("feedback").put("rating", "five").put("solved", true);

        assertThat(fields(client().post(AppealBodies.json(noText), "CHANNEL", "VK"))).containsExactly("text");
        assertThat(fields(client().post(AppealBodies.json(badId), "CHANNEL", "VK"))).containsExactly("inReplyTo");
        assertThat(fields(client().post(AppealBodies.json(badRating), "CHANNEL", "VK"))).containsExactly("feedback.rating");
    }

    @Test
    void aChannelKeyMayNotReplyForAnotherChannel() {
        var response = client().post(AppealBodies.json(AppealBodies.reply("VK", unique("vk"), appealId)),
                "CHANNEL", "TELEGRAM");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return Samples.read(response.body()).get("errors").findValuesAsString("field");
    }

    private String theOnlyResponseTo(String appealId) {
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            // the one record must arrive, and no second one may follow it
            await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(1))
                    .until(() -> topic.valuesFor(appealId).size() == 1);
            return topic.valuesFor(appealId).get(0);
        }
    }

    private double responses(String kind, String channel) {
        return meters.counter("appeals.responses", "kind", kind, "channel", channel).count();
    }
}
