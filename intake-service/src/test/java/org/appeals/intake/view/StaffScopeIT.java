package org.appeals.intake.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Staff reading appeals: an МЦУ operator only its municipality's, who did each step, and every read recorded. */
class StaffScopeIT extends EmbeddedIntakeTest {

    private static final String MCU = TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA");
    private static final String READS = "/api/v1/audit/personal-data-reads";

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
    void anMcuOperatorReadsOnlyItsMunicipalitysAppealsAndTheTimelineSaysWhoActed() {
        String ours = registerVkAppeal();
        String theirs = registerVkAppeal();
        String notPlacedYet = registerVkAppeal();
        assigned(ours, "MIKHAILOVKA");
        publish(Topics.APPEALS_WORKFLOW, Samples.forAppeal(ContractSamples.APPEAL_STATE_CHANGED, UUID.fromString(ours)));
        assigned(theirs, "KAMYSHIN");
        awaitTimelineOf(ours, 3);
        awaitTimelineOf(theirs, 2);

        HttpResponse<String> own = client().getAs("/api/v1/appeals/" + ours, MCU);
        HttpResponse<String> channel = client().appeal(ours, "CHANNEL", "VK");

        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode timeline = Samples.read(own.body()).get("timeline");
        assertThat(timeline.get(0).has("actor")).as("the registration names nobody").isFalse();
        assertThat(timeline.get(1).get("actor").get("id").asString()).isEqualTo("system");
        assertThat(timeline.get(1).get("actor").get("role").asString()).isEqualTo("SYSTEM");
        assertThat(timeline.get(2).get("actor").get("id").asString()).isEqualTo("roads-mikhailovka");
        assertThat(timeline.get(2).get("actor").get("role").asString()).isEqualTo("DEPARTMENT");
        JsonNode channelsMove = Samples.read(channel.body()).get("timeline").get(2).get("actor");
        assertThat(channelsMove.get("role").asString()).isEqualTo("DEPARTMENT");
        assertThat(channelsMove.has("id")).isFalse();
        assertThat(channel.body()).doesNotContain("roads-mikhailovka");
        for (String refused : new String[] {theirs, notPlacedYet}) {
            HttpResponse<String> response = client().getAs("/api/v1/appeals/" + refused, MCU);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("Пётр Иванов", "контейнеры", "KAMYSHIN", "Камышин");
        }
    }

    @Test
    void everyReadOfPersonalDataByStaffIsRecordedAndOnlyAdminsListThem() {
        String appealId = registerVkAppeal();
        Instant before = Instant.now().minusSeconds(1);

        assertThat(client().getAs("/api/v1/appeals/" + appealId, TestIdentity.operator("cur-operator"))
                .statusCode()).isEqualTo(200);
        assertThat(client().appeal(appealId, "CHANNEL", "VK").statusCode()).isEqualTo(200);
        assertThat(client().getAs("/api/v1/appeals/" + appealId, MCU).statusCode()).isEqualTo(403);

        HttpResponse<String> listed = client().getAs(READS + "?appealId=" + appealId, TestIdentity.admin("admin-1"));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode reads = Samples.read(listed.body());
        assertThat(reads.size()).as("staff reads only, refused ones not").isEqualTo(1);
        assertThat(reads.get(0).get("appealId").asString()).isEqualTo(appealId);
        assertThat(reads.get(0).get("actor").get("id").asString()).isEqualTo("cur-operator");
        assertThat(reads.get(0).get("actor").get("role").asString()).isEqualTo("OPERATOR");
        assertThat(Instant.parse(reads.get(0).get("at").asString())).isAfter(before);
        JsonNode byPerson = Samples.read(client().getAs(READS + "?actor=cur-operator&limit=1",
                TestIdentity.admin("admin-1")).body());
        assertThat(byPerson.get(0).get("appealId").asString()).isEqualTo(appealId);
        assertThat(client().getAs(READS, TestIdentity.operator("cur-operator")).statusCode()).isEqualTo(403);
        assertThat(client().getAs(READS, MCU).statusCode()).isEqualTo(403);
        assertThat(client().get(READS, "CHANNEL", "VK").statusCode()).isEqualTo(403);
        assertThat(client().getAs(READS + "?limit=0", TestIdentity.admin("admin-1")).statusCode()).isEqualTo(400);
        assertThat(client().getAs(READS + "?appealId=nope", TestIdentity.admin("admin-1")).statusCode())
                .isEqualTo(400);
    }

    private void assigned(String appealId, String municipality) {
        ObjectNode event = (ObjectNode) Samples.read(
                Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));
        event.put("municipality", municipality);
        publish(Topics.APPEALS_ASSIGNED, AppealBodies.json(event));
    }

    private String registerVkAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-301"))), "CHANNEL", "VK");
        assertThat(response.statusCode()).isEqualTo(202);
        return Samples.read(response.body()).get("appealId").asString();
    }

    private void awaitTimelineOf(String appealId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> client().appeal(appealId, "OPERATOR", null),
                response -> response.statusCode() == 200
                        && Samples.read(response.body()).get("timeline").size() == entries);
    }

    private void publish(String topic, String json) {
        kafka.send(topic, Samples.read(json).get("appealId").asString(), json);
    }
}
