package org.appeals.department.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.department.workflow.WorkflowStore;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class AnsweringIT extends DepartmentIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FINAL_TEXT = Events.CLEAN_FINAL_TEXT;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Appeals store;

    @Autowired
    WorkflowStore writes;

    @Test
    void aFinalAnswerPublishesOneAppealAnsweredShapedLikeTheContractSample(CapturedOutput output) {
        JsonNode sample = JSON.readTree(ContractSamples.APPEAL_ANSWERED.json());
        JsonNode received = JSON.readTree(ContractSamples.APPEAL_RECEIVED.json());
        String appealId = sample.path("appealId").asString();
        String department = sample.path("departmentId").asString();
        sendRaw(Topics.APPEALS_ASSIGNED, appealId, ContractSamples.APPEAL_ASSIGNED.json());
        sendRaw(Topics.APPEALS_RECEIVED, appealId, ContractSamples.APPEAL_RECEIVED.json());
        awaitReadable(department, UUID.fromString(appealId));

        HttpResponse<String> response = api().asDepartment(department)
                .answer(department, UUID.fromString(appealId), "FINAL", FINAL_TEXT);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode accepted = DepartmentApi.json(response);
        assertThat(accepted.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(accepted.path("kind").asString()).isEqualTo("FINAL");
        JsonNode published = JSON.readTree(onlyAnswerPublishedFor(appealId));
        assertThat(published.propertyNames()).containsExactlyInAnyOrderElementsOf(sample.propertyNames());
        for (String field : List.of("schemaVersion", "appealId", "departmentId", "departmentName", "kind")) {
            assertThat(published.path(field)).as(field).isEqualTo(sample.path(field));
        }
        assertThat(published.path("text").asString()).isEqualTo(FINAL_TEXT);
        assertThat(published.path("answerId").asString()).isEqualTo(accepted.path("answerId").asString());
        assertThat(meters.counter("appeals.answered", "kind", "final", "department", department).count())
                .isEqualTo(1.0);
        assertThat(api().get("/actuator/prometheus").body())
                .contains("appeals_answered_total{department=\"mikhailovka-roads\",kind=\"final\"} 1.0")
                .contains("appeals_assigned_inbox_total{department=\"mikhailovka-roads\"} 1.0");

        sendRaw(Topics.APPEALS_NOTIFIED, appealId, ContractSamples.APPEAL_NOTIFIED.json());
        awaitItem(department, UUID.fromString(appealId), item -> item.path("state").asString().equals("NOTIFIED"));
        assertThat(output.getAll()).doesNotContain(received.path("text").asString(), FINAL_TEXT);
    }

    @Test
    void aSecondFinalAnswerOrAnInterimOneAfterItIsAConflict() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department);

        assertThat(api.answer(department, appealId, "FINAL", FINAL_TEXT).statusCode()).isEqualTo(202);
        HttpResponse<String> again = api.answer(department, appealId, "FINAL", "Яма заделана ещё раз.");
        HttpResponse<String> interim = api.answer(department, appealId, "INTERIM", "Работаем.");

        for (HttpResponse<String> conflict : List.of(again, interim)) {
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(DepartmentApi.json(conflict).path("detail").asString()).contains("ANSWERED");
        }
        assertThat(onlyAnswerPublishedFor(appealId.toString())).contains(FINAL_TEXT);
    }

    @Test
    void anInterimAnswerPutsTheAppealInProgressAndTheFinalOneAnswersIt() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department);

        HttpResponse<String> interim = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");
        assertThat(DepartmentApi.json(interim).path("state").asString()).isEqualTo("IN_PROGRESS");
        HttpResponse<String> fin = api.answer(department, appealId, "FINAL", FINAL_TEXT);
        assertThat(DepartmentApi.json(fin).path("state").asString()).isEqualTo("ANSWERED");

        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            List<String> kinds = await().atMost(WAIT).until(() -> answered.valuesFor(appealId.toString()).stream()
                    .map(value -> JSON.readTree(value).path("kind").asString()).toList(), k -> k.size() == 2);
            assertThat(kinds).containsExactly("INTERIM", "FINAL");
        }
        JsonNode item = awaitItem(department, appealId, i -> i.path("answers").size() == 2);
        assertThat(item.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(meters.counter("appeals.answered", "kind", "interim", "department", department).count())
                .isEqualTo(1.0);
    }

    @Test
    void anAnswerToAnotherDepartmentsAppealIsNotFound() {
        String theirs = Events.department();
        String mine = Events.department();
        UUID theirAppeal = assignedAppeal(theirs);

        HttpResponse<String> response = api().asDepartment(mine).answer(mine, theirAppeal, "FINAL", "Не наше, но ответим.");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(theirs);
        assertThat(awaitItem(theirs, theirAppeal, item -> true).path("state").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void onlyTheDepartmentsOwnKeyMayAnswerForIt() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        String path = itemPath(department, appealId) + "/answers";
        String body = "{\"kind\":\"FINAL\",\"text\":\"Ответ оператора\"}";

        for (DepartmentApi notTheDepartment : List.of(api().as(Role.OPERATOR, null), api().as(Role.ADMIN, null),
                api().asDepartment("volgograd-housing"), api().as(Role.CHANNEL, department))) {
            HttpResponse<String> response = notTheDepartment.post(path, body);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("ASSIGNED", "яма");
        }
        assertThat(awaitItem(department, appealId, item -> true).path("answers")).isEmpty();
    }

    @Test
    void badBodiesAreBadRequestsAndOversizedOnesAreRefusedAndNothingChanges() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department);
        String path = itemPath(department, appealId) + "/answers";
        List<String> bad = List.of("{\"kind\":\"FINAL\",\"text\":\"   \"}", "{\"kind\":\"URGENT\",\"text\":\"Ответ\"}",
                "{\"text\":\"Ответ\"}", "{\"kind\":\"FINAL\"", "", "[1,2]", "{\"kind\":\"FINAL\",\"text\":{\"a\":1}}",
                "{\"kind\":\"FINAL\",\"text\":\"" + "я".repeat(10_001) + "\"}");

        for (String body : bad) {
            HttpResponse<String> response = api.post(path, body);
            assertThat(response.statusCode()).as(body.length() > 50 ? "too long" : body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        String huge = "{\"kind\":\"FINAL\",\"text\":\"" + "x".repeat(200_000) + "\"}";
        assertThat(api.post(path, huge).statusCode()).isEqualTo(413);
        var chunked = HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)));
        // without a declared length the body is cut off where it passes the limit: too large, not malformed
        assertThat(api.post(path, chunked).statusCode()).isEqualTo(413);
        JsonNode item = awaitItem(department, appealId, i -> true);
        assertThat(item.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(item.path("answers")).isEmpty();
    }

    @Test
    void aRedirectPublishesTheReasonTakesTheAppealOutOfTheInboxAndRoutingMayPlaceItAgain() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department);
        String reason = "Не наша компетенция: дорога региональная.";

        HttpResponse<String> response = api.post(itemPath(department, appealId) + "/redirect",
                JSON.createObjectNode().put("reason", reason).toString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(response).path("state").asString()).isEqualTo("REDIRECTED");
        JsonNode published = JSON.readTree(onlyAnswerPublishedFor(appealId.toString()));
        assertThat(published.path("kind").asString()).isEqualTo("REDIRECT");
        assertThat(published.path("text").asString()).isEqualTo(reason);
        assertThat(inbox(department, "")).isEmpty();
        assertThat(inbox(department, "?status=REDIRECTED")).hasSize(1);
        assertThat(api.answer(department, appealId, "FINAL", "Всё-таки ответим.").statusCode()).isEqualTo(409);
        assertThat(api.post(itemPath(department, appealId) + "/redirect", "{\"reason\":\"\"}").statusCode())
                .isEqualTo(400);

        String regional = Events.department();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, regional));
        assertThat(awaitItem(regional, appealId, i -> true).path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(meters.counter("appeals.answered", "kind", "redirect", "department", department).count())
                .isEqualTo(1.0);
    }

    @Test
    void anAnswerWhoseEventNeverReachedTheBrokerIsPublishedByTheRelay() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        Assignment assignment = Assignment.of(Events.assigned(appealId, department));
        Answer stranded = Answer.create(AnswerKind.FINAL, "Ответ, застрявший в outbox.", null, assignment, null,
                Instant.now().minus(Duration.ofHours(1)), new Actor("staff-" + department, "DEPARTMENT"));
        AppealChange change = new AppealChange().state(WorkflowState.ANSWERED).addAnswer(stranded)
                .publish(Topics.APPEALS_ANSWERED, stranded.event(appealId));
        assertThat(writes.insertAssigned(appealId, assignment, change)).isTrue();

        JsonNode published = JSON.readTree(onlyAnswerPublishedFor(appealId.toString()));

        assertThat(published.path("eventId").asString()).isEqualTo(stranded.eventId().toString());
        assertThat(published.path("answerId").asString()).isEqualTo(stranded.answerId().toString());
        await().atMost(WAIT).until(() -> store.find(appealId).orElseThrow().outbox().isEmpty());
    }

    private UUID assignedAppeal(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }

    /** Waits for the appeal's AppealAnswered, then makes sure no second one follows. */
    private String onlyAnswerPublishedFor(String appealId) {
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            await().atMost(WAIT).until(() -> answered.valuesFor(appealId).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> answered.valuesFor(appealId).size() == 1);
            return answered.valuesFor(appealId).get(0);
        }
    }

    private JsonNode inbox(String department, String query) {
        HttpResponse<String> response = api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals" + query);
        return DepartmentApi.json(response).path("items");
    }
}
