package org.appeals.routing;

import static org.appeals.routing.ReceivedAppeals.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.Topics;
import org.appeals.routing.learning.LabelledExample;
import org.appeals.routing.learning.LabelledExamples;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/** Departments declining appeals ("not ours") on the real broker: re-placed elsewhere, never back, then triage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=routing-redirects-it", "appeals.kafka.partitions=1",
                "appeals.kafka.retry-interval=50ms"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class RedirectsIT extends RunningRoutingService {

    @Autowired
    LabelledExamples examples;

    @BeforeEach
    void overrideRoadsInKamyshin() {
        // three departments may take roads in Kamyshin: the override for Kamyshin, the one for anywhere, the default
        calls.put("/api/v1/routing/overrides/ROADS/KAMYSHIN", Role.ADMIN,
                "{\"departmentId\":\"kamyshin-landscaping\",\"reason\":\"дворовые проезды\"}");
        calls.put("/api/v1/routing/overrides/ROADS/ANY", Role.ADMIN,
                "{\"departmentId\":\"region-safety\",\"reason\":\"аварийные ямы\"}");
    }

    @Test
    void aDeclinedAppealGoesToTheNextDepartmentNeverBackAndToTriageAfterTwoRedirects() {
        UUID appealId = routed("Яма на дороге в Камышине").appealId();
        assertThat(assigned.awaitAtLeast(appealId, 1).get(0).departmentId()).isEqualTo("kamyshin-landscaping");

        AppealAnswered first = decline(appealId, "kamyshin-landscaping");
        AppealAssigned once = assigned.awaitAtLeast(appealId, 2).get(1);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, first); // replayed: no second effect
        decline(appealId, "region-safety");
        AppealAssigned twice = assigned.awaitAtLeast(appealId, 3).get(2);
        decline(appealId, "kamyshin-roads");
        AppealAssigned third = assigned.awaitAtLeast(appealId, 4).get(3);

        assertThat(once.method()).isEqualTo(RoutingMethod.REDIRECT);
        assertThat(once.actor()).isEqualTo(new Actor("staff-kamyshin-landscaping", "DEPARTMENT"));
        assertThat(once.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(once.departmentId()).isEqualTo("region-safety");
        assertThat(once.reason().ruleId()).isEqualTo("override:ROADS:ANY");
        assertThat(twice.departmentId()).isEqualTo("kamyshin-roads");
        assertThat(twice.method()).isEqualTo(RoutingMethod.REDIRECT);
        assertThat(third.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(third.method()).isEqualTo(RoutingMethod.REDIRECT);
        assertThat(third.reason().ruleId()).isEqualTo("triage:redirected");
        assertThat(assigned.of(appealId)).hasSize(4);
        assertThat(calls.triageItem(appealId).get("declinedBy").toString())
                .isEqualTo("[\"kamyshin-landscaping\",\"region-safety\",\"kamyshin-roads\"]");
        assertThat(prometheus()).containsPattern("appeals_redirects_total\\{category=\"ROADS\"} [3-9]")
                .containsPattern("appeals_routed_total\\{category=\"ROADS\",method=\"redirect\","
                        + "municipality=\"KAMYSHIN\",outcome=\"triage\"} [1-9]");
    }

    @Test
    void anOperatorCorrectingARedirectedAppealNeverPicksADeclinerAndTeachesTheClassifier() {
        UUID appealId = routed("Яма на дороге в Камышине").appealId();
        assigned.awaitAtLeast(appealId, 1);
        decline(appealId, "kamyshin-landscaping");
        assertThat(assigned.awaitAtLeast(appealId, 2).get(1).departmentId()).isEqualTo("region-safety");
        decline(appealId, "region-safety");
        assigned.awaitAtLeast(appealId, 3);
        decline(appealId, "kamyshin-roads");
        assertThat(assigned.awaitAtLeast(appealId, 4).get(3).outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        String path = "/api/v1/triage/" + appealId;

        var toDecliner = calls.post(path, Role.OPERATOR,
                "{\"category\":\"ROADS\",\"municipality\":\"KAMYSHIN\",\"departmentId\":\"kamyshin-roads\"}");
        var noneLeft = calls.post(path, Role.OPERATOR, "{\"category\":\"ROADS\",\"municipality\":\"KAMYSHIN\"}");
        var placed = calls.post(path, Role.OPERATOR, "{\"category\":\"ROADS\",\"municipality\":\"KAMYSHIN\","
                + "\"departmentId\":\"kamyshinsky-district-admin\"}");

        assertThat(toDecliner.statusCode()).isEqualTo(409);
        assertThat(calls.json(toDecliner).get("detail").asString()).contains("declined this appeal already");
        assertThat(noneLeft.statusCode()).isEqualTo(400);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        AppealAssigned byOperator = assigned.awaitAtLeast(appealId, 5).get(4);
        assertThat(byOperator.method()).isEqualTo(RoutingMethod.OPERATOR);
        assertThat(byOperator.departmentId()).isEqualTo("kamyshinsky-district-admin");
        assertThat(byOperator.actor()).isEqualTo(new Actor("test-operator", "OPERATOR"));
        LabelledExample example = examples.all().stream().filter(e -> e.appealId().equals(appealId))
                .findFirst().orElseThrow();
        assertThat(example.source()).isEqualTo(LabelledExample.Source.REDIRECT);
        assertThat(example.recordedBy()).isEqualTo("test-operator");
        assertThat(example.text()).isEqualTo("Яма на дороге в Камышине");
        assertThat(example.category().name()).isEqualTo("ROADS");
    }

    @Test
    void aRedirectFromADepartmentThatNoLongerHoldsTheAppealIsRememberedButMovesNothing() {
        UUID appealId = routed("Яма на дороге в Камышине").appealId();
        assigned.awaitAtLeast(appealId, 1);
        decline(appealId, "kamyshin-roads"); // not the department holding it
        AppealReceived marker = routed("Яма на дороге в Михайловке");
        assigned.awaitAtLeast(marker.appealId(), 1);
        decline(marker.appealId(), "region-safety"); // also not the holder: one partition, so handled after the above
        decline(appealId, "kamyshin-landscaping");

        AppealAssigned next = assigned.awaitAtLeast(appealId, 2).get(1);

        assertThat(next.departmentId()).isEqualTo("region-safety"); // and later never kamyshin-roads
        decline(appealId, "region-safety");
        AppealAssigned last = assigned.awaitAtLeast(appealId, 3).get(2);
        assertThat(last.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(last.reason().ruleId()).isEqualTo("triage:redirected");
        assertThat(last.reason().explanation()).contains("kamyshin-roads");
    }

    private AppealReceived routed(String text) {
        AppealReceived appeal = received(text);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        return appeal;
    }

    private AppealAnswered decline(UUID appealId, String departmentId) {
        AppealAnswered answer = new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId,
                Instant.now(), UUID.randomUUID(), departmentId, "Отдел", AnswerKind.REDIRECT, "не наша компетенция",
                null,
                new Actor("staff-" + departmentId, "DEPARTMENT"));
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);
        return answer;
    }

    private String prometheus() {
        return await().atMost(AssignedEvents.WAIT).until(() -> calls.get("/actuator/prometheus", null).body(),
                body -> body.contains("appeals_redirects_total"));
    }
}
