package org.appeals.intake.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/appeals/{id}/feedback}: the resident rates the final answer. */
class FeedbackIT extends EmbeddedIntakeTest {

    @Test
    void feedbackOnTheFinalAnswerIsAcceptedPublishedAndShownInTheTimeline() {
        String appealId = finallyAnsweredOkAppeal();

        var response = client().feedback(appealId, AppealBodies.json(AppealBodies.feedback(2, false)), "CHANNEL", "OK");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = Samples.read(response.body());
        assertThat(answer.get("appealId").asString()).isEqualTo(appealId);
        assertThat(answer.get("status").asString()).isEqualTo("ANSWERED");
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(appealId).size() == 1);
            JsonNode event = Samples.read(topic.valuesFor(appealId).get(0));
            assertThat(event.get("kind").asString()).isEqualTo("FEEDBACK");
            assertThat(event.get("responseId").asString()).isEqualTo(answer.get("responseId").asString());
            assertThat(event.get("channel").asString()).isEqualTo("OK");
            assertThat(event.get("rating").asInt()).isEqualTo(2);
        }
        JsonNode view = Samples.read(client().appeal(appealId, "OPERATOR", null).body());
        JsonNode last = view.get("timeline").get(view.get("timeline").size() - 1);
        assertThat(last.get("summary").asString()).isEqualTo("Оценка ответа: 2/5, проблема не решена");
        assertThat(last.get("text").asString()).contains("снова провал");
    }

    @Test
    void feedbackBeforeAFinalAnswerIsAConflict() {
        String appealId = registerOkAppeal();

        var response = client().feedback(appealId, AppealBodies.json(AppealBodies.feedback(5, true)), "CHANNEL", "OK");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void repeatedFeedbackWithAnExternalIdAnswersTheSameResponseEvenAfterTheAppealMovedOn() {
        String appealId = finallyAnsweredOkAppeal();
        String body = AppealBodies.json(AppealBodies.feedback(1, false).put("externalId", unique("ok-msg")));
        var first = client().feedback(appealId, body, "CHANNEL", "OK");
        ObjectNode reopened = (ObjectNode) Samples.read(
                Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, UUID.fromString(appealId)));
        reopened.put("occurredAt", "2026-11-23T09:00:00Z").put("to", "REOPENED").put("step", "REOPEN");
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(Topics.APPEALS_WORKFLOW, appealId, AppealBodies.json(reopened));
        }
        awaitStatus(appealId, "REOPENED");

        var again = client().feedback(appealId, body, "CHANNEL", "OK");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(Samples.read(again.body()).get("responseId")).isEqualTo(Samples.read(first.body()).get("responseId"));
        assertThat(Samples.read(again.body()).get("status").asString()).isEqualTo("REOPENED");
    }

    @Test
    void anotherChannelsAppealOrAMissingOneIsNotFound() {
        String appealId = finallyAnsweredOkAppeal();
        String body = AppealBodies.json(AppealBodies.feedback(4, true));

        var others = client().feedback(appealId, body, "CHANNEL", "VK");
        var missing = client().feedback(UUID.randomUUID().toString(), body, "CHANNEL", "VK");

        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Samples.read(others.body()).get("detail")).isEqualTo(Samples.read(missing.body()).get("detail"));
    }

    @Test
    void anAdminMayPostFeedbackAndAnOperatorMayNot() {
        String appealId = finallyAnsweredOkAppeal();
        String body = AppealBodies.json(AppealBodies.feedback(4, true));

        assertThat(client().feedback(appealId, body, "OPERATOR", null).statusCode()).isEqualTo(403);
        assertThat(client().feedback(appealId, body, "ADMIN", null).statusCode()).isEqualTo(202);
    }

    @Test
    void aBadRatingOrAMissingAnswerToSolvedIsABadRequestNamingTheFields() {
        String appealId = finallyAnsweredOkAppeal();
        ObjectNode outOfRange = AppealBodies.feedback(6, true);
        outOfRange.remove("solved");
        ObjectNode notANumber = AppealBodies.feedback(3, true).put("rating", "five");

        HttpResponse<String> wrong = client().feedback(appealId, AppealBodies.json(outOfRange), "CHANNEL", "OK");
        HttpResponse<String> unreadable = client().feedback(appealId, AppealBodies.json(notANumber), "CHANNEL", "OK");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Samples.read(wrong.body()).get("errors").findValuesAsString("field")).containsExactly("rating", "solved");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(Samples.read(unreadable.body()).get("detail").asString()).contains("feedback", "rating");
        // an id that is no UUID names no appeal: the same 404 as an unknown one
        assertThat(client().feedback("not-an-id", AppealBodies.json(AppealBodies.feedback(3, true)), "CHANNEL", "OK")
                .statusCode()).isEqualTo(404);
        assertThat(client().feedback(UUID.randomUUID().toString(), AppealBodies.json(AppealBodies.feedback(3, true)),
                "CHANNEL", "OK").statusCode()).isEqualTo(404);
    }

    private String finallyAnsweredOkAppeal() {
        String appealId = registerOkAppeal();
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(Topics.APPEALS_ANSWERED, appealId,
                    Samples.forAppeal(ContractSamples.APPEAL_ANSWERED, UUID.fromString(appealId)));
        }
        awaitStatus(appealId, "ANSWERED");
        return appealId;
    }

    private String registerOkAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("OK", unique("ok-501"))), "CHANNEL", "OK");
        assertThat(response.statusCode()).isEqualTo(202);
        return Samples.read(response.body()).get("appealId").asString();
    }

    private void awaitStatus(String appealId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Samples.read(
                client().appeal(appealId, "OPERATOR", null).body()).get("status").asString().equals(status));
    }
}
