package org.appeals.department.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.Topics;
import org.appeals.department.incident.IncidentReport;
import org.appeals.department.incident.Incidents;
import org.appeals.department.overdue.OverdueSweep;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator of the Mikhailovka МЦУ on the running service: 403 on another municipality's appeal, review and
 * incident, lists of its municipality only; and every move names who made it.
 */
class MunicipalScopeIT extends DepartmentIntegrationTest {

    /** Reviewed always by configuration (see DepartmentIntegrationTest). */
    private static final String REVIEWED = "reviewed-always";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Actor ROUTING_OPERATOR = new Actor("cur-operator", "OPERATOR");

    @Autowired
    Incidents incidents;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    MongoDatabase database;

    private DepartmentApi mcu() {
        return api().as(TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA"));
    }

    @Test
    void anMcuOperatorReadsAndReviewsOnlyItsMunicipalitysAppealsAndEveryMoveNamesWhoMadeIt() {
        UUID ours = assigned(REVIEWED, Municipality.MIKHAILOVKA);
        UUID theirs = assigned(REVIEWED, Municipality.KAMYSHIN);
        UUID notKnown = assigned(REVIEWED, Municipality.UNKNOWN);
        // one person working for two departments
        DepartmentApi staff = api().as(TestIdentity.department("roads-staff", "volgograd-housing", REVIEWED));
        for (UUID appealId : List.of(ours, theirs)) {
            assertThat(staff.answer(REVIEWED, appealId, "FINAL", Events.CLEAN_FINAL_TEXT).statusCode()).isEqualTo(202);
        }

        List<String> inbox = DepartmentApi.json(mcu().get("/api/v1/departments/" + REVIEWED + "/appeals?limit=200"))
                .path("items").findValuesAsString("appealId");
        List<String> reviews = DepartmentApi.json(mcu().get("/api/v1/reviews?limit=200")).findValuesAsString("appealId");
        assertThat(inbox).contains(ours.toString()).doesNotContain(theirs.toString(), notKnown.toString());
        assertThat(reviews).contains(ours.toString()).doesNotContain(theirs.toString());
        assertForbidden(mcu().get(itemPath(REVIEWED, theirs)));
        assertForbidden(mcu().get(itemPath(REVIEWED, notKnown)));
        assertForbidden(mcu().post("/api/v1/reviews/" + theirs + "/approve", ""));
        assertForbidden(mcu().post("/api/v1/reviews/" + theirs + "/return", "{\"comment\":\"Переделайте.\"}"));
        assertThat(mcu().get(itemPath(REVIEWED, ours)).statusCode()).isEqualTo(200);
        HttpResponse<String> approved = mcu().post("/api/v1/reviews/" + ours + "/approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        JsonNode answer = DepartmentApi.json(approved).path("answers").get(0);
        assertThat(answer.path("answeredBy").path("id").asString()).isEqualTo("roads-staff");
        assertThat(answer.path("review").path("decidedBy").path("id").asString()).isEqualTo("mcu-mikhailovka");
        assertThat(answer.path("review").path("decidedBy").path("role").asString()).isEqualTo("OPERATOR");
        assertThat(actorsOfMoves(ours)).containsExactly("ASSIGN cur-operator OPERATOR",
                "SUBMIT_FOR_REVIEW roads-staff DEPARTMENT", "APPROVE mcu-mikhailovka OPERATOR");
        try (var answered = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            JsonNode event = JSON.readTree(await().atMost(WAIT).until(() -> answered.valuesFor(ours.toString()),
                    values -> !values.isEmpty()).get(0));
            assertThat(event.path("actor").path("id").asString()).isEqualTo("roads-staff");
            assertThat(event.path("actor").path("role").asString()).isEqualTo("DEPARTMENT");
        }
    }

    @Test
    void anMcuOperatorSeesOnlyItsMunicipalitysOverdueEntries() {
        String department = Events.department();
        UUID ours = assigned(department, Municipality.MIKHAILOVKA);
        UUID theirs = assigned(department, Municipality.KAMYSHIN);

        clock.advance(Duration.ofDays(5));
        sweep.sweep();

        String path = "/api/v1/overdue?departmentId=" + department;
        await().atMost(WAIT).until(() -> DepartmentApi.json(api().get(path)).findValuesAsString("appealId").size() == 2);
        assertThat(DepartmentApi.json(mcu().get(path)).findValuesAsString("appealId")).containsExactly(ours.toString());
        assertThat(DepartmentApi.json(mcu().get("/api/v1/departments/" + department + "/appeals?overdue=true"))
                .path("items").findValuesAsString("appealId")).containsExactly(ours.toString());
        assertThat(theirs).isNotNull();
    }

    @Test
    void anMcuOperatorSeesAndSplitsOnlyItsMunicipalitysIncidents() {
        String department = Events.department();
        UUID ours = incident(department, Municipality.MIKHAILOVKA);
        UUID theirs = incident(department, Municipality.KAMYSHIN);
        UUID wrong = incidents.find(ours).orElseThrow().appealIds().get(1);

        List<String> listed = DepartmentApi.json(mcu().get("/api/v1/incidents?limit=200")).path("items")
                .findValuesAsString("incidentId");
        List<String> departments = DepartmentApi.json(mcu().get("/api/v1/departments/" + department + "/incidents"))
                .path("items").findValuesAsString("incidentId");
        assertThat(listed).contains(ours.toString()).doesNotContain(theirs.toString());
        assertThat(departments).containsExactly(ours.toString());
        assertForbidden(mcu().get("/api/v1/incidents/" + theirs));
        UUID theirMember = incidents.find(theirs).orElseThrow().appealIds().get(1);
        assertForbidden(mcu().post("/api/v1/incidents/" + theirs + "/split", "{\"appealId\":\"" + theirMember + "\"}"));
        assertThat(mcu().get("/api/v1/incidents/" + ours).statusCode()).isEqualTo(200);
        HttpResponse<String> split = mcu().post("/api/v1/incidents/" + ours + "/split",
                "{\"appealId\":\"" + wrong + "\"}");

        assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
        assertThat(incidents.membersOf(ours)).doesNotContain(wrong);
        assertThat(incidents.membersOf(theirs)).hasSize(2);
        Document recorded = database.getCollection("incidents").find(new Document("_id", ours.toString())).first()
                .getList("splits", Document.class).get(0);
        assertThat(recorded.getString("appealId")).isEqualTo(wrong.toString());
        assertThat(recorded.get("by", Document.class)).containsEntry("id", "mcu-mikhailovka")
                .containsEntry("role", "OPERATOR");
    }

    private UUID assigned(String department, Municipality municipality) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department, municipality, Instant.now(),
                ROUTING_OPERATOR));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }

    /** Two reports of one pothole in the municipality, grouped into one incident; its id. */
    private UUID incident(String department, Municipality municipality) {
        Instant noon = Instant.parse("2026-03-02T09:00:00Z");
        Location spot = new Location("ул. Мира, 5", 50.0600, 43.2400);
        UUID id = null;
        for (int i = 0; i < 2; i++) {
            id = incidents.consider(new IncidentReport(UUID.randomUUID(), department, Category.ROADS, municipality,
                    "Огромная яма на улице Мира возле дома 5", spot, noon.plusSeconds(60L * i))).orElse(null);
        }
        assertThat(id).isNotNull();
        return id;
    }

    /** "STEP actorId actorRole" of every workflow event of the appeal, in order. */
    private List<String> actorsOfMoves(UUID appealId) {
        try (var workflow = new TopicReader(brokers, Topics.APPEALS_WORKFLOW)) {
            return await().atMost(WAIT).until(() -> workflow.valuesFor(appealId.toString()).stream()
                    .map(JSON::readTree).map(event -> event.path("step").asString() + " "
                            + event.path("actor").path("id").asString() + " "
                            + event.path("actor").path("role").asString()).toList(), moves -> moves.size() == 3);
        }
    }

    private static void assertForbidden(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(DepartmentApi.json(response).path("detail").asString())
                .doesNotContain("KAMYSHIN", "Камышин", "яма", "Отдел");
    }
}
