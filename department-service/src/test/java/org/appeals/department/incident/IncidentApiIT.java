package org.appeals.department.incident;

import static org.appeals.department.incident.Reports.MIRA_5;
import static org.appeals.department.incident.Reports.MIRA_5_EAST_100M;
import static org.appeals.department.incident.Reports.MONDAY_NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The incident endpoints on the running service, and incidents formed as assignments arrive. */
class IncidentApiIT extends DepartmentIntegrationTest {

    private static final String POTHOLE = "Яма на ул. Мира у дома 5";

    @Autowired
    Incidents incidents;

    @Autowired
    MongoDatabase database;

    private final Reports reports = Reports.forNewDepartment();

    @Test
    void staffAndTheDepartmentReadTheIncidentWithItsAppealsTheEarliestFirst() {
        List<IncidentReport> group = group(3);
        UUID incident = incidents.incidentOf(group.get(0).appealId()).orElseThrow().incidentId();

        HttpResponse<String> mine = api().asDepartment(reports.departmentId())
                .get("/api/v1/departments/" + reports.departmentId() + "/incidents");
        HttpResponse<String> one = api().as(Role.OPERATOR, null).get("/api/v1/incidents/" + incident);
        HttpResponse<String> own = api().asDepartment(reports.departmentId()).get("/api/v1/incidents/" + incident);
        HttpResponse<String> recent = api().as(Role.ADMIN, null).get("/api/v1/incidents?limit=200");

        assertThat(List.of(mine, one, own, recent)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        JsonNode listed = DepartmentApi.json(mine).path("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("incidentId").asString()).isEqualTo(incident.toString());
        JsonNode view = DepartmentApi.json(one);
        assertThat(view.path("category").asString()).isEqualTo("ROADS");
        assertThat(view.path("municipality").asString()).isEqualTo("MIKHAILOVKA");
        assertThat(view.path("departmentId").asString()).isEqualTo(reports.departmentId());
        assertThat(view.path("members")).extracting(member -> member.path("appealId").asString())
                .containsExactlyElementsOf(group.stream().map(r -> r.appealId().toString()).toList());
        assertThat(DepartmentApi.json(recent).path("items")).extracting(i -> i.path("incidentId").asString())
                .contains(incident.toString());
    }

    @Test
    void anotherDepartmentAndChannelsLearnNothingOfTheIncidents() {
        UUID incident = incidents.incidentOf(group(2).get(0).appealId()).orElseThrow().incidentId();
        DepartmentApi intruder = api().asDepartment("volgograd-housing");
        DepartmentApi channel = api().as(Role.CHANNEL, "TELEGRAM");

        HttpResponse<String> theirList = intruder.get("/api/v1/departments/" + reports.departmentId() + "/incidents");
        HttpResponse<String> theirOne = intruder.get("/api/v1/incidents/" + incident);
        HttpResponse<String> unknown = intruder.get("/api/v1/incidents/" + UUID.randomUUID());

        assertThat(theirList.statusCode()).isEqualTo(403);
        assertThat(intruder.get("/api/v1/incidents").statusCode()).isEqualTo(403);
        assertThat(channel.get("/api/v1/incidents/" + incident).statusCode()).isEqualTo(403);
        assertThat(theirOne.statusCode()).isEqualTo(404);
        assertThat(DepartmentApi.json(theirOne).path("detail")).isEqualTo(DepartmentApi.json(unknown).path("detail"));
        assertThat(theirOne.body()).doesNotContain(reports.departmentId(), "ROADS");
        assertThat(theirOne.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anOperatorSplitsAnAppealOutAndGetsTheIncidentAsItIsAfter() {
        List<IncidentReport> group = group(3);
        UUID incident = incidents.incidentOf(group.get(0).appealId()).orElseThrow().incidentId();
        UUID wrong = group.get(1).appealId();

        HttpResponse<String> split = api().as(Role.OPERATOR, null).post(splitPath(incident), body(wrong));

        assertThat(split.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(split).path("members")).extracting(m -> m.path("appealId").asString())
                .containsExactly(group.get(0).appealId().toString(), group.get(2).appealId().toString());
        assertThat(incidents.membersOf(incident)).doesNotContain(wrong);
        assertThat(incidents.consider(group.get(1))).isEmpty();
    }

    @Test
    void splittingIsRefusedClearlyForUnknownIncidentsNonMembersBadBodiesAndNonOperators() {
        List<IncidentReport> pair = group(2);
        UUID incident = incidents.incidentOf(pair.get(0).appealId()).orElseThrow().incidentId();
        DepartmentApi operator = api().as(Role.OPERATOR, null);

        assertThat(operator.post(splitPath(UUID.randomUUID()), body(pair.get(0).appealId())).statusCode())
                .isEqualTo(404);
        assertThat(operator.post("/api/v1/incidents/not-an-id/split", body(pair.get(0).appealId())).statusCode())
                .isEqualTo(404);
        assertThat(operator.post(splitPath(incident), body(UUID.randomUUID())).statusCode()).isEqualTo(404);
        for (String bad : new String[] {"{}", "{\"appealId\":\"x\"}", "{\"appealId\":", "[]"}) {
            HttpResponse<String> response = operator.post(splitPath(incident), bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(DepartmentApi.json(response).path("status").asInt()).isEqualTo(400);
        }
        assertThat(api().asDepartment(reports.departmentId()).post(splitPath(incident), body(pair.get(0).appealId()))
                .statusCode()).isEqualTo(403);
        assertThat(operator.post(splitPath(incident), body(pair.get(1).appealId())).statusCode()).isEqualTo(200);
        assertThat(operator.post(splitPath(incident), body(pair.get(0).appealId())).statusCode()).isEqualTo(409);
        assertThat(incidents.membersOf(incident)).containsExactly(pair.get(0).appealId());
    }

    @Test
    void twoAppealsOfOnePotholeAssignedToTheDepartmentBecomeOneIncident() {
        String department = Events.department();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID appealId : List.of(first, second)) {
            publish(Topics.APPEALS_RECEIVED, Events.received(appealId, "Огромная яма на улице Мира возле дома 5"));
        }
        await().atMost(WAIT).until(() -> database.getCollection("appeals")
                .countDocuments(Filters.and(Filters.in("_id", first.toString(), second.toString()),
                        Filters.exists("content.text"))) == 2);

        publish(Topics.APPEALS_ASSIGNED, Events.assigned(first, department));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(second, department));

        IncidentView incident = await().atMost(WAIT).until(() -> incidents.incidentOf(first).orElse(null),
                view -> view != null && view.appealIds().size() == 2);
        assertThat(incident.appealIds()).containsExactlyInAnyOrder(first, second);
        assertThat(incident.departmentId()).isEqualTo(department);
    }

    @Test
    void listLimitsOutOfRangeAreABadRequest() {
        for (String query : new String[] {"?limit=0", "?limit=201", "?limit=many"}) {
            assertThat(api().as(Role.OPERATOR, null).get("/api/v1/incidents" + query).statusCode()).as(query)
                    .isEqualTo(400);
        }
    }

    /** Reports of one pothole, considered in order; the earliest first. */
    private List<IncidentReport> group(int size) {
        List<IncidentReport> group = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            IncidentReport report = reports.road(POTHOLE, i % 2 == 0 ? MIRA_5 : MIRA_5_EAST_100M,
                    MONDAY_NOON.plusSeconds(60L * i));
            incidents.consider(report);
            group.add(report);
        }
        return group;
    }

    private static String splitPath(UUID incident) {
        return "/api/v1/incidents/" + incident + "/split";
    }

    private static String body(UUID appealId) {
        return "{\"appealId\":\"" + appealId + "\"}";
    }
}
