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
import org.appeals.support.testing.TopicReader;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An incident's answer and an operator's split, each retried with its {@code Idempotency-Key}, happen once. */
class IdempotentIncidentWritesIT extends DepartmentIntegrationTest {

    @Test
    void anIncidentAnswerAndASplitRetriedWithTheirKeysActOnce() {
        String department = Events.department();
        List<UUID> reports = List.of(report(department, "Огромная яма на улице Мира возле дома 5, колёса бьём"),
                report(department, "Яма на ул. Мира у дома 5, никто не ремонтирует"),
                report(department, "Опять яма на улице Мира у дома 5, машины объезжают по встречке"));
        DepartmentApi api = api().asDepartment(department);
        String incidentId = await().atMost(WAIT).until(() -> incidents(api, department),
                list -> list.size() == 1 && list.get(0).path("members").size() == 3).get(0)
                .path("incidentId").asString();
        DepartmentApi operator = api().as(Role.OPERATOR, null).withKey("split-" + incidentId);
        String split = "{\"appealId\":\"" + reports.get(2) + "\"}";

        HttpResponse<String> firstSplit = operator.post("/api/v1/incidents/" + incidentId + "/split", split);
        HttpResponse<String> retriedSplit = operator.post("/api/v1/incidents/" + incidentId + "/split", split);

        assertThat(firstSplit.statusCode()).isEqualTo(200);
        assertThat(retriedSplit.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(retriedSplit)).isEqualTo(DepartmentApi.json(firstSplit));

        DepartmentApi keyed = api.withKey("interim-" + incidentId);
        String path = "/api/v1/departments/" + department + "/incidents/" + incidentId + "/answers";
        String body = "{\"kind\":\"INTERIM\",\"text\":\"Заявка передана подрядчику.\",\"promisedBy\":\""
                + java.time.LocalDate.now().plusDays(10) + "\"}";
        HttpResponse<String> first = keyed.post(path, body);
        HttpResponse<String> retry = keyed.post(path, body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(DepartmentApi.json(first).path("appeals").findValuesAsString("state"))
                .containsExactly("IN_PROGRESS", "IN_PROGRESS");
        assertThat(DepartmentApi.json(retry)).isEqualTo(DepartmentApi.json(first));
        try (var topic = new TopicReader(brokers, Topics.APPEALS_ANSWERED)) {
            for (UUID member : reports.subList(0, 2)) {
                await().atMost(WAIT).until(() -> topic.valuesFor(member.toString()).size() == 1);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                        .until(() -> topic.valuesFor(member.toString()).size() == 1);
            }
        }
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
