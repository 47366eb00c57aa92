package org.appeals.intake.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The department's workflow moves and missed deadlines, as appeals.workflow and appeals.overdue carry them. */
class WorkflowProgressIT extends EmbeddedIntakeTest {

    private RawKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new RawKafka(brokers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void workflowMovesAndAMissedDeadlineShowInStatusDeadlinesOverdueIncidentAndTimeline() {
        UUID appealId = registerVkAppeal();
        UUID incident = UUID.randomUUID();
        ObjectNode question = stateChanged(appealId);
        question.put("occurredAt", "2026-11-21T09:00:00Z").put("from", "IN_PROGRESS")
                .put("to", "AWAITING_CLARIFICATION").put("step", "ASK_CLARIFICATION").put("incidentId", incident.toString());
        ((ObjectNode) question.get("deadlines")).put("answerDue", "2026-12-26T20:59:59Z");

        publish(Topics.APPEALS_ASSIGNED, Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, appealId));
        publish(Topics.APPEALS_WORKFLOW, Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, appealId));
        publish(Topics.APPEALS_OVERDUE, Samples.forAppeal(ContractSamples.APPEAL_OVERDUE, appealId));
        publish(Topics.APPEALS_WORKFLOW, AppealBodies.json(question));

        JsonNode view = awaitTimelineOf(appealId, 5);
        assertThat(view.get("status").asString()).isEqualTo("AWAITING_CLARIFICATION");
        assertThat(view.get("deadlines").get("answerDue").asString()).isEqualTo("2026-12-26T20:59:59Z");
        assertThat(view.get("incidentId").asString()).isEqualTo(incident.toString());
        assertThat(view.get("overdue")).hasSize(1);
        assertThat(view.get("overdue").get(0).get("deadline").asString()).isEqualTo("FIRST_REACTION");
        assertThat(view.get("overdue").get(0).get("dueAt").asString()).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(view.get("overdue").get(0).get("flaggedAt").asString()).isEqualTo("2026-11-20T12:00:05Z");
        assertThat(view.get("timeline").findValuesAsString("type"))
                .containsExactly("RECEIVED", "ASSIGNED", "STATE_CHANGED", "OVERDUE", "STATE_CHANGED");
        assertThat(view.get("timeline").get(4).get("summary").asString()).contains("ожидает уточнения");
        // the fields existing clients read are all still there
        assertThat(view.get("department").get("id").asString()).isEqualTo("mikhailovka-roads");
        assertThat(view.get("category").get("code").asString()).isEqualTo("ROADS");
    }

    @Test
    void theDepartmentsStateWinsOverAnAnswerThatWouldImplyAnother() {
        UUID appealId = registerVkAppeal();
        ObjectNode inReview = stateChanged(appealId);
        inReview.put("occurredAt", "2026-11-21T10:00:00Z").put("to", "IN_REVIEW").put("step", "SUBMIT_FOR_REVIEW");
        ObjectNode finalAnswer = (ObjectNode) Samples.read(Samples.forAppeal(ContractSamples.APPEAL_ANSWERED, appealId));
        finalAnswer.put("occurredAt", "2026-11-21T10:05:00Z");

        publish(Topics.APPEALS_WORKFLOW, AppealBodies.json(inReview));
        publish(Topics.APPEALS_ANSWERED, AppealBodies.json(finalAnswer));

        assertThat(awaitTimelineOf(appealId, 3).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aReplayedMoveOrFlagHasNoSecondEffect() {
        UUID appealId = registerVkAppeal();
        String move = Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, appealId);
        String flag = Samples.forAppeal(ContractSamples.APPEAL_OVERDUE, appealId);
        ObjectNode laterMove = stateChanged(appealId);
        laterMove.put("occurredAt", "2026-11-22T09:00:00Z").put("to", "CLOSED").put("step", "CLOSE");
        ObjectNode laterFlag = (ObjectNode) Samples.read(Samples.forAppeal(ContractSamples.APPEAL_OVERDUE, appealId));
        laterFlag.put("occurredAt", "2026-11-21T21:00:00Z").put("deadline", "ANSWER");

        publish(Topics.APPEALS_OVERDUE, flag);
        publish(Topics.APPEALS_OVERDUE, flag);
        publish(Topics.APPEALS_WORKFLOW, move);
        publish(Topics.APPEALS_WORKFLOW, move);
        // same key, same topic: once these later events show, the replays before them have been handled too
        publish(Topics.APPEALS_OVERDUE, AppealBodies.json(laterFlag));
        publish(Topics.APPEALS_WORKFLOW, AppealBodies.json(laterMove));

        JsonNode view = awaitTimelineOf(appealId, 5);
        assertThat(view.get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("overdue").findValuesAsString("deadline")).containsExactly("FIRST_REACTION", "ANSWER");
        assertThat(view.get("timeline").findValuesAsString("type"))
                .containsExactly("RECEIVED", "STATE_CHANGED", "OVERDUE", "OVERDUE", "STATE_CHANGED");
    }

    @Test
    void aPoisonRecordOnTheWorkflowTopicGoesToItsDeadLetterTopicAndTheConsumerGoesOn() {
        UUID appealId = registerVkAppeal();
        String poisonKey = "poison-" + UUID.randomUUID();
        ObjectNode withoutState = stateChanged(appealId);
        withoutState.remove("to");

        publish(Topics.APPEALS_WORKFLOW, poisonKey, "{\"to\": ");
        publish(Topics.APPEALS_WORKFLOW, appealId.toString(), AppealBodies.json(withoutState));
        publish(Topics.APPEALS_WORKFLOW, Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, appealId));

        assertThat(awaitTimelineOf(appealId, 2).get("status").asString()).isEqualTo("IN_PROGRESS");
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_WORKFLOW))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.valuesFor(poisonKey).size() == 1
                    && dlt.valuesFor(appealId.toString()).size() == 1);
            assertThat(dlt.valuesFor(poisonKey)).containsExactly("{\"to\": ");
        }
    }

    private ObjectNode stateChanged(UUID appealId) {
        return (ObjectNode) Samples.read(Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, appealId));
    }

    private UUID registerVkAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-301"))), "CHANNEL", "VK");
        assertThat(response.statusCode()).isEqualTo(202);
        return UUID.fromString(Samples.read(response.body()).get("appealId").asString());
    }

    private JsonNode awaitTimelineOf(UUID appealId, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client().appeal(appealId.toString(), "OPERATOR", null),
                response -> response.statusCode() == 200
                        && Samples.read(response.body()).get("timeline").size() == entries)
                .body().transform(Samples::read);
    }

    private void publish(String topic, String json) {
        publish(topic, Samples.read(json).get("appealId").asString(), json);
    }

    private void publish(String topic, String key, String json) {
        kafka.send(topic, key, json);
    }
}
