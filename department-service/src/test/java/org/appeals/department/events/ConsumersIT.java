package org.appeals.department.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ConsumersIT extends DepartmentIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aReplayedAssignmentLeavesOneInboxItemAndCountsOnce() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        AppealAssigned assigned = Events.assigned(appealId, department);
        UUID marker = UUID.randomUUID();

        publish(Topics.APPEALS_ASSIGNED, assigned);
        publish(Topics.APPEALS_ASSIGNED, assigned);
        // a later assignment of another appeal: once it is in, the replay before it has been consumed too
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(marker, department));

        awaitItem(department, marker, item -> true);
        assertThat(inbox(department)).extracting(item -> item.path("appealId").asString())
                .containsExactlyInAnyOrder(appealId.toString(), marker.toString());
        assertThat(meters.counter("appeals.assigned.inbox", "department", department).count()).isEqualTo(2.0);
    }

    @Test
    void aTriageDecisionPutsTheAppealInNoInbox() {
        String department = Events.department();
        UUID triaged = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        publish(Topics.APPEALS_ASSIGNED, Events.triage(triaged));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(marker, department));

        awaitItem(department, marker, item -> true);
        assertThat(inbox(department)).hasSize(1);
        assertThat(api().asDepartment(department).get(itemPath(department, triaged)).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeliveredFinalAnswerMarksTheAppealNotifiedButAnInterimDeliveryDoesNot() {
        String department = Events.department();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID firstAnswer = answeredFinally(department, first);
        UUID secondAnswer = answeredFinally(department, second);

        publish(Topics.APPEALS_NOTIFIED, Events.delivered(first, firstAnswer, AnswerKind.INTERIM));
        publish(Topics.APPEALS_NOTIFIED, Events.delivered(second, secondAnswer, AnswerKind.FINAL));
        awaitItem(department, second, item -> item.path("state").asString().equals("NOTIFIED"));
        assertThat(item(department, first).path("state").asString()).isEqualTo("ANSWERED");

        AppealNotified delivered = Events.delivered(first, firstAnswer, AnswerKind.FINAL);
        publish(Topics.APPEALS_NOTIFIED, delivered);
        publish(Topics.APPEALS_NOTIFIED, delivered);
        JsonNode item = awaitItem(department, first, i -> i.path("state").asString().equals("NOTIFIED"));
        assertThat(item.path("answers")).hasSize(1);
        assertThat(inbox(department, "?status=NOTIFIED")).hasSize(2);
    }

    @Test
    void poisonAndInvalidAssignmentsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String department = Events.department();
        UUID invalidAppeal = UUID.randomUUID();
        AppealAssigned withoutDepartment = Events.assigned(invalidAppeal, " ");
        UUID good = UUID.randomUUID();

        sendRaw(Topics.APPEALS_ASSIGNED, "poison-" + good, "{ this is not an AppealAssigned");
        publish(Topics.APPEALS_ASSIGNED, withoutDepartment);
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(good, department));

        awaitItem(department, good, item -> true);
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_ASSIGNED))) {
            await().atMost(WAIT).until(() -> dlt.valuesFor("poison-" + good).size() == 1
                    && dlt.valuesFor(invalidAppeal.toString()).size() == 1);
            ConsumerRecord<String, String> invalid = dlt.records().stream()
                    .filter(r -> r.key().equals(invalidAppeal.toString())).findFirst().orElseThrow();
            assertThat(new String(invalid.headers().lastHeader("kafka_dlt-exception-message").value()))
                    .contains("departmentId");
        }
    }

    private UUID answeredFinally(String department, UUID appealId) {
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        HttpResponse<String> answered = api().asDepartment(department)
                .answer(department, appealId, "FINAL", Events.CLEAN_FINAL_TEXT);
        assertThat(answered.statusCode()).isEqualTo(202);
        return UUID.fromString(DepartmentApi.json(answered).path("answerId").asString());
    }

    private JsonNode item(String department, UUID appealId) {
        return DepartmentApi.json(api().asDepartment(department).get(itemPath(department, appealId)));
    }

    private JsonNode inbox(String department) {
        return inbox(department, "");
    }

    private JsonNode inbox(String department, String query) {
        HttpResponse<String> response = api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals" + query);
        return DepartmentApi.json(response).path("items");
    }
}
