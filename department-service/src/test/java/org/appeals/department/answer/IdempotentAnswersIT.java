package org.appeals.department.answer;

import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on department and operator writes: a department system that retries an answer whose
 * response it lost makes one answer, one workflow move and one notice to the resident.
 */
class IdempotentAnswersIT extends DepartmentIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoDatabase database;

    @Test
    void theSameKeyTwiceMakesOneMoveAndOneAnswerAndGetsTheSameResponse() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department).withKey("interim-" + appealId);

        HttpResponse<String> first = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");
        HttpResponse<String> retry = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(retry)).isEqualTo(DepartmentApi.json(first));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertOneInterimAnswer(department, appealId, DepartmentApi.json(first).path("answerId").asString());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department).withKey("interim-" + appealId);

        HttpResponse<String> first = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");
        HttpResponse<String> other = api.answer(department, appealId, "INTERIM", "Совсем другой текст.");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(DepartmentApi.json(other).path("detail").asString()).contains("Idempotency-Key");
        assertOneInterimAnswer(department, appealId, DepartmentApi.json(first).path("answerId").asString());
    }

    @Test
    void aRetryAfterTheMoveWasStoredButItsResponseWasNotActsOnce() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department).withKey("interim-" + appealId);
        HttpResponse<String> first = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");
        String answerId = DepartmentApi.json(first).path("answerId").asString();
        // what a process that died after the move was durable, before storing the response, leaves: the key claimed
        // with no response, its lease run out
        long changed = database.getCollection("idempotency_keys").updateOne(regex("body", Pattern.quote(answerId)),
                combine(unset("status"), unset("body"), set("leaseUntil", Date.from(Instant.now().minusSeconds(1)))))
                .getModifiedCount();
        assertThat(changed).isEqualTo(1);

        HttpResponse<String> retry = api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");

        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(retry)).isEqualTo(DepartmentApi.json(first));
        assertOneInterimAnswer(department, appealId, answerId);
        assertThat(api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.")
                .headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void withoutAKeyARepeatedInterimAnswerIsASecondAnswerAsBefore() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);
        DepartmentApi api = api().asDepartment(department);

        api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");
        api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");

        awaitItem(department, appealId, item -> item.path("answers").size() == 2);
    }

    @Test
    void aKeyThatIsNotOneToTwoHundredPrintableAsciiCharactersIs400() {
        String department = Events.department();
        UUID appealId = assignedAppeal(department);

        HttpResponse<String> response = api().asDepartment(department).withKey("k".repeat(201))
                .answer(department, appealId, "INTERIM", "Заявка передана подрядчику.");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(DepartmentApi.json(response).path("detail").asString()).contains("Idempotency-Key");
        assertThat(awaitItem(department, appealId, item -> true).path("answers").size()).isZero();
    }

    @Test
    void anOperatorsApprovalRetriedWithItsKeyGetsTheFirstResponseNotAConflict() {
        String department = "reviewed-always";
        UUID appealId = assignedAppeal(department);
        assertThat(api().asDepartment(department).answer(department, appealId, "FINAL", Events.CLEAN_FINAL_TEXT)
                .statusCode()).isEqualTo(202);
        DepartmentApi operator = api().as(Role.OPERATOR, null).withKey("approve-" + appealId);

        HttpResponse<String> approved = operator.post("/api/v1/reviews/" + appealId + "/approve", "");
        HttpResponse<String> retry = operator.post("/api/v1/reviews/" + appealId + "/approve", "");

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(retry)).isEqualTo(DepartmentApi.json(approved));
        assertThat(answersPublishedFor(appealId)).hasSize(1);
    }

    private UUID assignedAppeal(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }

    /** One stored answer, one AppealAnswered and one ANSWER_INTERIM move for the appeal, and no second follows. */
    private void assertOneInterimAnswer(String department, UUID appealId, String answerId) {
        JsonNode item = awaitItem(department, appealId, i -> i.path("answers").size() >= 1);
        assertThat(item.path("answers")).hasSize(1);
        assertThat(item.path("answers").get(0).path("answerId").asString()).isEqualTo(answerId);
        List<String> answered = answersPublishedFor(appealId);
        assertThat(answered).hasSize(1);
        assertThat(JSON.readTree(answered.get(0)).path("answerId").asString()).isEqualTo(answerId);
        try (var workflow = new TopicReader(brokers, Topics.APPEALS_WORKFLOW)) {
            await().atMost(WAIT).until(() -> interimMoves(workflow, appealId) == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> interimMoves(workflow, appealId) == 1);
        }
    }

    private List<String> answersPublishedFor(UUID appealId) {
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            await().atMost(WAIT).until(() -> answered.valuesFor(appealId.toString()).size() >= 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> answered.valuesFor(appealId.toString()).size() == 1);
            return answered.valuesFor(appealId.toString());
        }
    }

    private static long interimMoves(TopicReader workflow, UUID appealId) {
        return workflow.valuesFor(appealId.toString()).stream()
                .filter(value -> JSON.readTree(value).path("step").asString().equals("ANSWER_INTERIM")).count();
    }
}
