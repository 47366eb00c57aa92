package org.appeals.department.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports of one problem grouped as they arrive, answered once, the answer published for every report. */
class IncidentFanOutIT extends DepartmentIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneAnswerToAnIncidentIsPublishedForEveryAppealInItAndASplitAppealIsLeftOut() {
        String department = Events.department();
        List<UUID> reports = List.of(report(department, "Огромная яма на улице Мира возле дома 5, колёса бьём"),
                report(department, "Яма на ул. Мира у дома 5, никто не ремонтирует"),
                report(department, "Опять яма на улице Мира у дома 5, машины объезжают по встречке"));
        DepartmentApi api = api().asDepartment(department);
        JsonNode incident = await().atMost(WAIT).until(() -> incidents(api, department),
                list -> list.size() == 1 && list.get(0).path("members").size() == 3).get(0);
        String incidentId = incident.path("incidentId").asString();

        HttpResponse<String> split = api().as(Role.OPERATOR, null).post("/api/v1/incidents/" + incidentId + "/split",
                "{\"appealId\":\"" + reports.get(2) + "\"}");
        assertThat(split.statusCode()).isEqualTo(200);
        HttpResponse<String> answered = api.post("/api/v1/departments/" + department + "/incidents/" + incidentId
                + "/answers", "{\"kind\":\"FINAL\",\"text\":\"" + Events.CLEAN_FINAL_TEXT + "\"}");

        assertThat(answered.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(answered).path("appeals").findValuesAsString("state"))
                .containsExactly("ANSWERED", "ANSWERED");
        try (var topic = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            for (UUID member : reports.subList(0, 2)) {
                String value = await().atMost(WAIT).until(() -> topic.valuesFor(member.toString()), v -> v.size() == 1)
                        .get(0);
                assertThat(JSON.readTree(value).path("text").asString()).isEqualTo(Events.CLEAN_FINAL_TEXT);
            }
            assertThat(topic.valuesFor(reports.get(2).toString())).isEmpty();
        }
        try (var workflow = new TopicReader(brokers, Topics.APPEALS_WORKFLOW)) {
            List<String> moves = await().atMost(WAIT).until(() -> workflow.valuesFor(reports.get(0).toString()),
                    v -> v.stream().anyMatch(m -> m.contains("\"ANSWERED\"")));
            JsonNode answeredMove = JSON.readTree(moves.get(moves.size() - 1));
            assertThat(answeredMove.path("incidentId").asString()).as("every move names the incident")
                    .isEqualTo(incidentId);
        }
        assertThat(awaitItem(department, reports.get(2), i -> true).path("state").asString()).isEqualTo("ASSIGNED");
        HttpResponse<String> foreign = api().asDepartment(Events.department()).post("/api/v1/departments/"
                + department + "/incidents/" + incidentId + "/answers", "{\"kind\":\"FINAL\",\"text\":\"x\"}");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    private UUID report(String department, String text) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_RECEIVED, Events.received(appealId, text));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitReadable(department, appealId);
        return appealId;
    }

    private static List<JsonNode> incidents(DepartmentApi api, String department) {
        JsonNode page = DepartmentApi.json(api.get("/api/v1/departments/" + department + "/incidents"));
        return page.path("items").valueStream().toList();
    }
}
