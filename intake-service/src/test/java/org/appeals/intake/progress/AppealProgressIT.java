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

class AppealProgressIT extends EmbeddedIntakeTest {

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
    void routingAnswerAndDeliveryShowInStatusPlacementAndTimeline() {
        String appealId = registerVkAppeal();

        publish(Topics.APPEALS_ASSIGNED, Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));
        publish(Topics.APPEALS_ANSWERED, Samples.forAppeal(ContractSamples.APPEAL_ANSWERED, UUID.fromString(appealId)));
        publish(Topics.APPEALS_NOTIFIED, Samples.forAppeal(ContractSamples.APPEAL_NOTIFIED, UUID.fromString(appealId)));

        JsonNode view = awaitTimelineOf(appealId, 4);
        assertThat(view.get("status").asString()).isEqualTo("NOTIFIED");
        assertThat(view.get("category").get("code").asString()).isEqualTo("ROADS");
        assertThat(view.get("category").get("name").asString()).isEqualTo("Дороги");
        assertThat(view.get("municipality").get("name").asString()).isEqualTo("Михайловка");
        assertThat(view.get("department").get("id").asString()).isEqualTo("mikhailovka-roads");
        assertThat(view.get("routingReason").get("ruleId").asString()).isEqualTo("municipal:ROADS");
        assertThat(view.get("timeline").findValuesAsString("type"))
                .containsExactly("RECEIVED", "ASSIGNED", "ANSWERED", "NOTIFIED");
        assertThat(view.get("timeline").get(2).get("text").asString()).contains("Яма на ул. Мира заделана");
        assertThat(view.get("timeline").get(3).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(view.get("author").get("name").asString()).isEqualTo("Пётр Иванов");
    }

    @Test
    void eventsArrivingInReverseAcrossTopicsStillGiveTheRightStatus() {
        String appealId = registerVkAppeal();

        publish(Topics.APPEALS_NOTIFIED, Samples.forAppeal(ContractSamples.APPEAL_NOTIFIED, UUID.fromString(appealId)));
        publish(Topics.APPEALS_ANSWERED, Samples.forAppeal(ContractSamples.APPEAL_ANSWERED, UUID.fromString(appealId)));
        publish(Topics.APPEALS_ASSIGNED, Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));

        JsonNode view = awaitTimelineOf(appealId, 4);
        assertThat(view.get("status").asString()).isEqualTo("NOTIFIED");
        assertThat(view.get("timeline").findValuesAsString("type"))
                .containsExactly("RECEIVED", "ASSIGNED", "ANSWERED", "NOTIFIED");
    }

    @Test
    void aReplayedEventHasNoSecondEffect() {
        String appealId = registerVkAppeal();
        String assigned = Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId));
        ObjectNode triage = (ObjectNode) Samples.read(
                Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));
        triage.put("outcome", "TRIAGE").put("occurredAt", "2026-11-20T09:00:00Z");

        publish(Topics.APPEALS_ASSIGNED, assigned);
        publish(Topics.APPEALS_ASSIGNED, assigned);
        // same key, same topic: once this later decision shows, the replay before it has been handled too
        publish(Topics.APPEALS_ASSIGNED, AppealBodies.json(triage));

        JsonNode view = awaitTimelineOf(appealId, 3);
        assertThat(view.get("timeline").findValuesAsString("eventId"))
                .containsExactly(view.get("timeline").get(0).get("eventId").asString(), Samples.eventId(assigned),
                        triage.get("eventId").asString());
        assertThat(view.get("status").asString()).isEqualTo("TRIAGE");
    }

    @Test
    void anEventForAnAppealIntakeDoesNotHoldIsKeptAndShownToStaff() {
        UUID stranger = UUID.randomUUID();

        publish(Topics.APPEALS_ASSIGNED, Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, stranger));

        JsonNode view = awaitTimelineOf(stranger.toString(), 1);
        assertThat(view.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(client().appeal(stranger.toString(), "CHANNEL", "VK").statusCode()).isEqualTo(404);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String appealId = registerVkAppeal();
        String poisonKey = "poison-" + UUID.randomUUID();
        ObjectNode withoutEventId = (ObjectNode) Samples.read(
                Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));
        withoutEventId.remove("eventId");

        publish(Topics.APPEALS_ASSIGNED, poisonKey, "this is not json {");
        publish(Topics.APPEALS_ASSIGNED, appealId, AppealBodies.json(withoutEventId));
        publish(Topics.APPEALS_ASSIGNED, Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));

        assertThat(awaitTimelineOf(appealId, 2).get("status").asString()).isEqualTo("ASSIGNED");
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_ASSIGNED))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.valuesFor(poisonKey).size() == 1
                    && dlt.valuesFor(appealId).size() == 1);
            assertThat(dlt.valuesFor(poisonKey)).containsExactly("this is not json {");
        }
    }

    private String registerVkAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-201"))), "CHANNEL", "VK");
        assertThat(response.statusCode()).isEqualTo(202);
        return Samples.read(response.body()).get("appealId").asString();
    }

    private JsonNode awaitTimelineOf(String appealId, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> client().appeal(appealId, "OPERATOR", null),
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
