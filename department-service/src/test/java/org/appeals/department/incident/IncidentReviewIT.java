package org.appeals.department.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An incident's answer goes to review once: one decision of the operators approves or returns it for every report. */
class IncidentReviewIT extends DepartmentIntegrationTest {

    /** Purely formal: the automatic check flags it, so it waits for the operators in any department. */
    private static final String FLAGGED_TEXT = "Информация принята к сведению.";
    private static final String COMMENT = "Укажите сроки ремонта ямы и кто его выполнит.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneApprovalOfAnIncidentsAnswerPublishesItForEveryReportOnceAndARetryDecidesNothingAgain() {
        String department = Events.department();
        List<UUID> reports = reports(department, 3);
        String incidentId = incidentOf(department, 3);
        String incidentAnswerId = answerIncident(department, incidentId, FLAGGED_TEXT);

        List<JsonNode> queue = reviews(department);
        assertThat(queue).extracting(item -> item.path("appealId").asString())
                .containsExactlyInAnyOrderElementsOf(reports.stream().map(UUID::toString).toList());
        assertThat(queue).allSatisfy(item -> {
            assertThat(item.path("incidentId").asString()).isEqualTo(incidentId);
            assertThat(item.path("incidentAnswerId").asString()).isEqualTo(incidentAnswerId);
            assertThat(item.path("incidentAppealsInReview").asInt()).isEqualTo(3);
            assertThat(item.path("answers").get(0).path("incident").path("incidentAnswerId").asString())
                    .isEqualTo(incidentAnswerId);
        });

        DepartmentApi keyed = staff().withKey("approve-" + incidentId);
        HttpResponse<String> approved = keyed.post(review(incidentId, "approve"), "");
        HttpResponse<String> retried = keyed.post(review(incidentId, "approve"), "");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode decided = DepartmentApi.json(approved);
        assertThat(decided.path("incidentAnswerId").asString()).isEqualTo(incidentAnswerId);
        assertThat(decided.path("outcome").asString()).isEqualTo("APPROVED");
        assertThat(decided.path("appeals").findValuesAsString("state")).containsOnly("ANSWERED").hasSize(3);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(DepartmentApi.json(retried)).isEqualTo(decided);
        List<JsonNode> reviewsOfMembers = reports.stream().map(id -> awaitItem(department, id,
                item -> item.path("state").asString().equals("ANSWERED")).path("answers").get(0).path("review"))
                .toList();
        assertThat(reviewsOfMembers).extracting(r -> r.path("status").asString()).containsOnly("APPROVED");
        assertThat(reviewsOfMembers).extracting(r -> r.path("decidedAt").asString()).as("one decision, one moment")
                .containsOnly(reviewsOfMembers.get(0).path("decidedAt").asString());
        assertThat(reviewsOfMembers).extracting(r -> r.path("decidedBy").path("id").asString())
                .containsOnly("test-operator");
        assertThat(reviews(department)).isEmpty();
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            for (UUID member : reports) {
                await().atMost(WAIT).until(() -> answered.valuesFor(member.toString()).size() == 1);
            }
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> reports.stream()
                    .allMatch(member -> answered.valuesFor(member.toString()).size() == 1));
            assertThat(JSON.readTree(answered.valuesFor(reports.get(0).toString()).get(0)).path("text").asString())
                    .isEqualTo(FLAGGED_TEXT);
        }
    }

    @Test
    void aReturnedIncidentAnswerGoesBackForEveryReportAndAMemberDecidedOnItsOwnIsReportedNotDecidedAgain() {
        String department = Events.department();
        List<UUID> reports = reports(department, 3);
        String incidentId = incidentOf(department, 3);
        answerIncident(department, incidentId, FLAGGED_TEXT);

        HttpResponse<String> returned = staff().post(review(incidentId, "return"),
                "{\"comment\":\"" + COMMENT + "\"}");

        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(DepartmentApi.json(returned).path("appeals").findValuesAsString("state"))
                .containsOnly("RETURNED_FOR_REWORK").hasSize(3);
        for (UUID member : reports) {
            JsonNode review = awaitItem(department, member,
                    item -> item.path("state").asString().equals("RETURNED_FOR_REWORK"))
                    .path("answers").get(0).path("review");
            assertThat(review.path("status").asString()).isEqualTo("RETURNED");
            assertThat(review.path("comment").asString()).isEqualTo(COMMENT);
        }
        assertThat(staff().post(review(incidentId, "return"), "{}").statusCode()).as("a comment is required")
                .isEqualTo(400);

        String second = answerIncident(department, incidentId, FLAGGED_TEXT + " Ремонт до 15 декабря.");
        HttpResponse<String> single = staff().post("/api/v1/reviews/" + reports.get(0) + "/approve", "");
        assertThat(single.statusCode()).as("a member may still be decided on its own").isEqualTo(200);
        assertThat(reviews(department)).extracting(item -> item.path("incidentAppealsInReview").asInt())
                .containsOnly(2).hasSize(2);
        HttpResponse<String> approved = staff().post(review(incidentId, "approve"), "");

        JsonNode decided = DepartmentApi.json(approved);
        assertThat(decided.path("incidentAnswerId").asString()).as("the latest answer").isEqualTo(second);
        JsonNode first = member(decided, reports.get(0));
        assertThat(first.path("decided").asBoolean()).isFalse();
        assertThat(first.path("state").asString()).isEqualTo("ANSWERED");
        assertThat(first.path("problem").asString()).contains("no answer of it waits for review");
        for (UUID other : reports.subList(1, 3)) {
            assertThat(member(decided, other).path("decided").asBoolean()).isTrue();
            assertThat(member(decided, other).path("state").asString()).isEqualTo("ANSWERED");
        }
    }

    @Test
    void anotherMunicipalitysCentreMayNotDecideAndAnIncidentWithNothingInReviewIsAConflict() {
        String department = Events.department();
        reports(department, 2);
        String incidentId = incidentOf(department, 2);
        DepartmentApi kamyshin = api().as(TestIdentity.municipalOperator("mcu-kamyshin", "KAMYSHIN"));

        assertThat(kamyshin.post(review(incidentId, "approve"), "").statusCode()).isEqualTo(403);
        assertThat(kamyshin.post(review(incidentId, "return"), "{\"comment\":\"" + COMMENT + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(api().asDepartment(department).post(review(incidentId, "approve"), "").statusCode())
                .as("departments do not review").isEqualTo(403);
        assertThat(staff().post(review(UUID.randomUUID().toString(), "approve"), "").statusCode()).isEqualTo(404);

        answerIncident(department, incidentId, Events.CLEAN_FINAL_TEXT);
        HttpResponse<String> nothingPending = staff().post(review(incidentId, "approve"), "");

        assertThat(nothingPending.statusCode()).isEqualTo(409);
        assertThat(DepartmentApi.json(nothingPending).path("detail").asString())
                .isEqualTo("No answer of this incident waits for review.");
    }

    private DepartmentApi staff() {
        return api().as(Role.OPERATOR, null);
    }

    private static String review(String incidentId, String decision) {
        return "/api/v1/incidents/" + incidentId + "/review/" + decision;
    }

    /** Reports of one pothole to the department, grouped into one incident as they arrive. */
    private List<UUID> reports(String department, int count) {
        List<String> texts = List.of("Огромная яма на улице Мира возле дома 5, колёса бьём",
                "Яма на ул. Мира у дома 5, никто не ремонтирует",
                "Опять яма на улице Мира у дома 5, машины объезжают по встречке");
        return texts.subList(0, count).stream().map(text -> report(department, text)).toList();
    }

    private UUID report(String department, String text) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, text));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitReadable(department, appealId);
        return appealId;
    }

    private String incidentOf(String department, int members) {
        DepartmentApi api = api().asDepartment(department);
        return await().atMost(WAIT).until(() -> DepartmentApi.json(api.get("/api/v1/departments/" + department
                        + "/incidents")).path("items").valueStream().toList(),
                list -> list.size() == 1 && list.get(0).path("members").size() == members)
                .get(0).path("incidentId").asString();
    }

    /** The department answers the incident finally; the incident answer's id every member's answer is marked with. */
    private String answerIncident(String department, String incidentId, String text) {
        HttpResponse<String> answered = api().asDepartment(department).post("/api/v1/departments/" + department
                + "/incidents/" + incidentId + "/answers", JSON.createObjectNode().put("kind", "FINAL")
                .put("text", text).toString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(202);
        return DepartmentApi.json(answered).path("incidentAnswerId").asString();
    }

    private List<JsonNode> reviews(String department) {
        HttpResponse<String> response = staff().get("/api/v1/reviews?departmentId=" + department + "&limit=200");
        assertThat(response.statusCode()).isEqualTo(200);
        return DepartmentApi.json(response).valueStream().toList();
    }

    private static JsonNode member(JsonNode decided, UUID appealId) {
        return decided.path("appeals").valueStream()
                .filter(m -> m.path("appealId").asString().equals(appealId.toString())).findFirst().orElseThrow();
    }
}
