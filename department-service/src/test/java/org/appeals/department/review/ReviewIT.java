package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

/** Answer review on the running service: only what the operators approved reaches appeals.answered. */
class ReviewIT extends DepartmentIntegrationTest {

    /** Reviewed always by configuration (see DepartmentIntegrationTest); other departments only when flagged. */
    private static final String REVIEWED = "reviewed-always";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MeterRegistry meters;

    @Test
    void aFinalAnswerWaitsForTheOperatorsAComebackWithACommentIsReworkedAndOnlyTheApprovedOneIsPublished() {
        UUID appealId = assigned(REVIEWED);
        DepartmentApi department = api().asDepartment(REVIEWED);
        DepartmentApi operator = api().as(Role.OPERATOR, null);

        HttpResponse<String> first = department.answer(REVIEWED, appealId, "FINAL", Events.CLEAN_FINAL_TEXT);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(first).path("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(DepartmentApi.json(first).path("review").asString()).isEqualTo("PENDING");
        assertThat(queue(operator)).contains(appealId.toString());
        assertThat(department.get("/api/v1/reviews").statusCode()).as("departments do not review").isEqualTo(403);

        HttpResponse<String> returned = operator.post("/api/v1/reviews/" + appealId + "/return",
                "{\"comment\":\"Укажите, кто принимал работы, и приложите фото.\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        JsonNode item = awaitItem(REVIEWED, appealId, i -> i.path("state").asString().equals("RETURNED_FOR_REWORK"));
        JsonNode review = item.path("answers").get(0).path("review");
        assertThat(review.path("status").asString()).isEqualTo("RETURNED");
        assertThat(review.path("comment").asString()).contains("приложите фото");
        assertThat(queue(operator)).doesNotContain(appealId.toString());

        String reworked = Events.CLEAN_FINAL_TEXT + " Работы принял инженер отдела, фото во вложении.";
        assertThat(department.answer(REVIEWED, appealId, "FINAL", reworked).statusCode()).isEqualTo(202);
        HttpResponse<String> approved = operator.post("/api/v1/reviews/" + appealId + "/approve", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(approved).path("state").asString()).isEqualTo("ANSWERED");
        assertThat(operator.post("/api/v1/reviews/" + appealId + "/approve", "").statusCode()).isEqualTo(409);

        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            await().atMost(WAIT).until(() -> answered.valuesFor(appealId.toString()).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> answered.valuesFor(appealId.toString()).size() == 1);
            JsonNode published = JSON.readTree(answered.valuesFor(appealId.toString()).get(0));
            assertThat(published.path("text").asString()).isEqualTo(reworked);
            assertThat(published.path("kind").asString()).isEqualTo("FINAL");
        }
        assertThat(meters.counter("appeals.answers.reviewed", "outcome", "returned", "department", REVIEWED)
                .count()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void whereReviewIsOnlyForFlaggedAnswersAFormalOneIsHeldAndASpecificOneGoesOut() {
        String department = Events.department();
        DepartmentApi api = api().asDepartment(department);
        UUID formal = assigned(department);
        UUID specific = assigned(department);

        HttpResponse<String> held = api.answer(department, formal, "FINAL", "Информация принята к сведению.");
        HttpResponse<String> sent = api.answer(department, specific, "FINAL", Events.CLEAN_FINAL_TEXT);

        assertThat(DepartmentApi.json(held).path("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(DepartmentApi.json(held).path("flags").findValuesAsString("code")).contains("FORMAL_ONLY");
        assertThat(DepartmentApi.json(sent).path("state").asString()).isEqualTo("ANSWERED");
        assertThat(DepartmentApi.json(sent).path("flags")).isEmpty();
        HttpResponse<String> forOther = api().as(Role.CHANNEL, "VK").post("/api/v1/reviews/" + formal + "/approve", "");
        assertThat(forOther.statusCode()).isEqualTo(403);
    }

    @Test
    void operatorsMustSayWhyTheyReturnAnAnswer() {
        UUID appealId = assigned(REVIEWED);
        api().asDepartment(REVIEWED).answer(REVIEWED, appealId, "FINAL", Events.CLEAN_FINAL_TEXT);
        DepartmentApi operator = api().as(Role.OPERATOR, null);

        for (String body : List.of("{}", "{\"comment\":\"  \"}")) {
            HttpResponse<String> response = operator.post("/api/v1/reviews/" + appealId + "/return", body);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(DepartmentApi.json(response).path("detail").asString()).contains("comment");
        }
        assertThat(awaitItem(REVIEWED, appealId, i -> true).path("state").asString()).isEqualTo("IN_REVIEW");
    }

    private List<String> queue(DepartmentApi operator) {
        HttpResponse<String> response = operator.get("/api/v1/reviews?departmentId=" + REVIEWED + "&limit=200");
        assertThat(response.statusCode()).isEqualTo(200);
        return DepartmentApi.json(response).findValuesAsString("appealId");
    }

    private UUID assigned(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }
}
