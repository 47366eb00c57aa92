package org.appeals.department.overdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
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

/** Deadlines passing on a clock the test moves: flagged once, announced once, listed and counted. */
class OverdueIT extends DepartmentIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OverdueSweep sweep;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StateGauges gauges;

    @Test
    void aMissedFirstReactionIsAnnouncedOnceListedForTheCentreAndCounted() {
        String department = Events.department();
        UUID appealId = assigned(department);
        JsonNode before = awaitItem(department, appealId, i -> true);
        assertThat(before.path("overdue")).isEmpty();

        clock.advance(Duration.ofDays(5));
        sweep.sweep();
        sweep.sweep();

        try (var overdue = new TopicReader(brokers, Topics.APPEALS_OVERDUE)) {
            await().atMost(WAIT).until(() -> overdue.valuesFor(appealId.toString()).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> overdue.valuesFor(appealId.toString()).size() == 1);
            JsonNode event = JSON.readTree(overdue.valuesFor(appealId.toString()).get(0));
            assertThat(event.path("deadline").asString()).isEqualTo("FIRST_REACTION");
            assertThat(event.path("departmentId").asString()).isEqualTo(department);
            assertThat(event.path("dueAt").asString())
                    .isEqualTo(before.path("deadlines").path("firstReactionDue").asString());
        }
        JsonNode item = awaitItem(department, appealId, i -> i.path("overdue").size() == 1);
        assertThat(item.path("overdue").get(0).path("deadline").asString()).isEqualTo("FIRST_REACTION");
        HttpResponse<String> list = api().as(Role.OPERATOR, null).get("/api/v1/overdue?departmentId=" + department);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(DepartmentApi.json(list).findValuesAsString("appealId")).containsExactly(appealId.toString());
        JsonNode inbox = DepartmentApi.json(api().asDepartment(department)
                .get("/api/v1/departments/" + department + "/appeals?overdue=true"));
        assertThat(inbox.path("items")).hasSize(1);
        assertThat(api().asDepartment(department).get("/api/v1/overdue").statusCode()).isEqualTo(403);
        assertThat(meters.counter("appeals.overdue", "department", department, "deadline", "first_reaction")
                .count()).isEqualTo(1.0);
        gauges.refresh();
        assertThat(api().get("/actuator/prometheus").body())
                .contains("appeals_by_state{department=\"" + department + "\",state=\"assigned\"} 1.0");
    }

    @Test
    void afterAnInterimAnswerTheFinalAnswerDeadlineIsWatchedAndAnAnswerTakesTheAppealOffTheList() {
        String department = Events.department();
        UUID appealId = assigned(department);
        DepartmentApi api = api().asDepartment(department);
        assertThat(api.answer(department, appealId, "INTERIM", "Заявка передана подрядчику.").statusCode())
                .isEqualTo(202);

        clock.advance(Duration.ofDays(3));
        sweep.sweep();
        assertThat(awaitItem(department, appealId, i -> true).path("overdue")).as("7 working days not over yet")
                .isEmpty();
        clock.advance(Duration.ofDays(12));
        sweep.sweep();

        // the interim answer also promised a date 10 days on, which has passed as well (PromisedDatesIT)
        JsonNode item = awaitItem(department, appealId, i -> i.path("overdue").size() == 2);
        assertThat(item.path("overdue").findValuesAsString("deadline")).containsExactly("ANSWER", "PROMISED");
        assertThat(api.answer(department, appealId, "FINAL", Events.CLEAN_FINAL_TEXT).statusCode()).isEqualTo(202);
        HttpResponse<String> list = api().as(Role.OPERATOR, null).get("/api/v1/overdue?departmentId=" + department);
        assertThat(DepartmentApi.json(list)).isEmpty();
    }

    @Test
    void anAnswerThatReachedTheResidentIsClosedWhenTheFeedbackWindowPassesInSilence() {
        String department = Events.department();
        UUID appealId = assigned(department);
        HttpResponse<String> fin = api().asDepartment(department).answer(department, appealId, "FINAL",
                Events.CLEAN_FINAL_TEXT);
        UUID answerId = UUID.fromString(DepartmentApi.json(fin).path("answerId").asString());
        publish(Topics.APPEALS_NOTIFIED, Events.delivered(appealId, answerId, AnswerKind.FINAL));
        awaitItem(department, appealId, i -> i.path("state").asString().equals("NOTIFIED"));

        clock.advance(Duration.ofDays(9));
        sweep.sweep();
        assertThat(awaitItem(department, appealId, i -> true).path("state").asString()).isEqualTo("NOTIFIED");
        clock.advance(Duration.ofDays(2));
        sweep.sweep();

        awaitItem(department, appealId, i -> i.path("state").asString().equals("CLOSED"));
    }

    private UUID assigned(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }
}
