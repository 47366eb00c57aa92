package org.appeals.department.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.department.testing.Responses;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The department workflow on the running service: every move an event, illegal moves a 409. */
class WorkflowIT extends DepartmentIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeterRegistry meters;

    @Test
    void acceptingThenAnsweringInTheInterimSetsTheAnswerDeadlineAndEveryMoveIsPublished() {
        String department = Events.department();
        UUID appealId = readableAppeal(department);
        DepartmentApi api = api().asDepartment(department);
        String promised = LocalDate.now().plusDays(12).toString();

        HttpResponse<String> accepted = api.post(itemPath(department, appealId) + "/accept", "");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(accepted).path("state").asString()).isEqualTo("IN_PROGRESS");
        JsonNode item = awaitItem(department, appealId, i -> true);
        assertThat(item.path("deadlines").path("answerDue").isString()).as("7 working days after the reaction")
                .isTrue();
        assertThat(Instant.parse(item.path("deadlines").path("answerDue").asString()))
                .isAfter(Instant.now().plus(java.time.Duration.ofDays(8)));
        HttpResponse<String> again = api.post(itemPath(department, appealId) + "/accept", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(DepartmentApi.json(again).path("detail").asString()).contains("IN_PROGRESS");

        HttpResponse<String> interim = api.post(itemPath(department, appealId) + "/answers",
                "{\"kind\":\"INTERIM\",\"text\":\"Ремонт включён в план на декабрь.\",\"promisedBy\":\"" + promised
                        + "\"}");
        assertThat(interim.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(interim).path("promisedBy").asString()).isEqualTo(promised);

        List<JsonNode> moves = workflowEvents(appealId, 3);
        assertThat(moves).extracting(m -> m.path("step").asString())
                .containsExactly("ASSIGN", "ACCEPT", "ANSWER_INTERIM");
        assertThat(moves).extracting(m -> m.path("to").asString())
                .containsExactly("ASSIGNED", "IN_PROGRESS", "IN_PROGRESS");
        assertThat(moves.get(1).path("from").asString()).isEqualTo("ASSIGNED");
        assertThat(moves.get(2).path("deadlines").path("answerDue").isString()).isTrue();
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            JsonNode published = JSON.readTree(await().atMost(WAIT).until(
                    () -> answered.valuesFor(appealId.toString()), v -> v.size() == 1).get(0));
            assertThat(published.path("promisedBy").asString()).isEqualTo(promised);
        }
        assertThat(meters.counter("appeals.workflow.moves", "step", "accept", "state", "in_progress",
                "department", department).count()).isEqualTo(1.0);
        assertThat(meters.find("appeals.first.reaction").tag("department", department).timer().count())
                .as("the acceptance was the first reaction, the interim answer is not").isEqualTo(1);
        assertThat(api().get("/actuator/prometheus").body())
                .contains("appeals_first_reaction_seconds_bucket{department=\"" + department + "\"");
    }

    @Test
    void aQuestionGoesToTheResidentAndTheirReplyPutsTheAppealBackInWork() {
        String department = Events.department();
        UUID appealId = readableAppeal(department);
        DepartmentApi api = api().asDepartment(department);

        HttpResponse<String> asked = api.post(itemPath(department, appealId) + "/clarification",
                "{\"question\":\"Уточните, пожалуйста, номер дома, у которого яма.\"}");
        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(asked).path("state").asString()).isEqualTo("AWAITING_CLARIFICATION");
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            String question = await().atMost(WAIT).until(() -> answered.valuesFor(appealId.toString()),
                    v -> v.size() == 1).get(0);
            assertThat(JSON.readTree(question).path("kind").asString()).isEqualTo(AnswerKind.CLARIFICATION.name());
        }
        assertThat(api.post(itemPath(department, appealId) + "/accept", "").statusCode())
                .as("the resident holds the appeal now").isEqualTo(409);

        ResidentResponded reply = Responses.clarification(appealId, "Дом 5, у второго подъезда.");
        publish(Topics.APPEALS_RESPONDED, reply);
        publish(Topics.APPEALS_RESPONDED, reply);

        JsonNode item = awaitItem(department, appealId, i -> i.path("state").asString().equals("IN_PROGRESS"));
        assertThat(item.path("residentMessages")).hasSize(1);
        assertThat(item.path("residentMessages").get(0).path("text").asString()).isEqualTo("Дом 5, у второго подъезда.");
        assertThat(item.path("deadlines").path("answerDue").isString()).isTrue();
        assertThat(workflowEvents(appealId, 3)).extracting(m -> m.path("step").asString())
                .containsExactly("ASSIGN", "ASK_CLARIFICATION", "RECEIVE_CLARIFICATION");
    }

    @Test
    void notSolvedReopensTheAppealWithTheSameDepartmentAndNewDeadlinesAndSolvedClosesIt() {
        String department = Events.department();
        UUID appealId = readableAppeal(department);
        DepartmentApi api = api().asDepartment(department);
        UUID firstAnswer = finalAnswerDelivered(department, appealId);
        String firstDue = awaitItem(department, appealId, i -> true).path("deadlines").path("firstReactionDue")
                .asString();

        clock.advance(java.time.Duration.ofDays(3));
        publish(Topics.APPEALS_RESPONDED, Responses.feedback(appealId, 1, false, "Яму засыпали щебнем, снова провал."));

        JsonNode reopened = awaitItem(department, appealId, i -> i.path("state").asString().equals("REOPENED"));
        assertThat(reopened.path("departmentId").asString()).isEqualTo(department);
        assertThat(reopened.path("residentMessages").get(0).path("solved").asBoolean()).isFalse();
        assertThat(reopened.path("residentMessages").get(0).path("text").asString()).contains("снова провал");
        assertThat(Instant.parse(reopened.path("deadlines").path("firstReactionDue").asString()))
                .isAfter(Instant.parse(firstDue));
        assertThat(reopened.path("nextDueAt").isString()).isTrue();

        UUID secondAnswer = finalAnswerDelivered(department, appealId);
        assertThat(secondAnswer).isNotEqualTo(firstAnswer);
        publish(Topics.APPEALS_RESPONDED, Responses.feedback(appealId, 5, true, null));

        awaitItem(department, appealId, i -> i.path("state").asString().equals("CLOSED"));
        assertThat(workflowEvents(appealId, 7)).extracting(m -> m.path("to").asString()).containsExactly(
                "ASSIGNED", "ANSWERED", "NOTIFIED", "REOPENED", "ANSWERED", "NOTIFIED", "CLOSED");
        // routing named nobody here; the department's person answered, deliveries are the platform's, feedback the
        // resident's through their channel
        assertThat(workflowEvents(appealId, 7)).extracting(m -> m.path("actor").isNull() ? "-"
                : m.path("actor").path("role").asString()).containsExactly(
                "-", "DEPARTMENT", "SYSTEM", "CHANNEL", "DEPARTMENT", "SYSTEM", "CHANNEL");
        assertThat(meters.counter("appeals.workflow.moves", "step", "reopen", "state", "reopened",
                "department", department).count()).isEqualTo(1.0);
        assertThat(api.answer(department, appealId, "FINAL", Events.CLEAN_FINAL_TEXT).statusCode()).isEqualTo(409);
    }

    private UUID finalAnswerDelivered(String department, UUID appealId) {
        HttpResponse<String> fin = api().asDepartment(department).answer(department, appealId, "FINAL",
                Events.CLEAN_FINAL_TEXT);
        assertThat(DepartmentApi.json(fin).path("state").asString()).isEqualTo("ANSWERED");
        UUID answerId = UUID.fromString(DepartmentApi.json(fin).path("answerId").asString());
        publish(Topics.APPEALS_NOTIFIED, Events.delivered(appealId, answerId, AnswerKind.FINAL));
        awaitItem(department, appealId, i -> i.path("state").asString().equals("NOTIFIED"));
        return answerId;
    }

    private UUID readableAppeal(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, "Яма на дороге у дома 5 по улице Мира"));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitReadable(department, appealId);
        return appealId;
    }

    /** The appeal's workflow events, once at least {@code atLeast} arrived. */
    private List<JsonNode> workflowEvents(UUID appealId, int atLeast) {
        try (var workflow = new TopicReader(brokers, Topics.APPEALS_WORKFLOW)) {
            return await().atMost(WAIT).until(() -> workflow.valuesFor(appealId.toString()), v -> v.size() >= atLeast)
                    .stream().map(JSON::readTree).toList();
        }
    }
}
