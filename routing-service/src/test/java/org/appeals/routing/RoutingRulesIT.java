package org.appeals.routing;

import static org.appeals.routing.ReceivedAppeals.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** The directory and overrides changed at run time over real HTTP, taking effect on the next appeal, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=routing-rules-it", "appeals.kafka.partitions=1",
                "appeals.kafka.retry-interval=50ms"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class RoutingRulesIT extends RunningRoutingService {

    @Test
    void anOverrideSendsTheNextAppealOfThatKindToItsDepartmentAndTheAuditNamesTheCaller() {
        var put = calls.put("/api/v1/routing/overrides/ROADS/URYUPINSK", Role.OPERATOR,
                "{\"departmentId\":\"uryupinsk-landscaping\",\"reason\":\"дворовые проезды чинит благоустройство\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        AppealAssigned event = routed("Яма на дороге в Урюпинске");
        assertThat(event.departmentId()).isEqualTo("uryupinsk-landscaping");
        assertThat(event.method()).isEqualTo(RoutingMethod.AUTO);
        assertThat(event.reason().ruleId()).isEqualTo("override:ROADS:URYUPINSK");
        JsonNode change = calls.json(calls.get("/api/v1/routing/audit?limit=10", Role.ADMIN)).get(0);
        assertThat(change.get("actor").get("id").asString()).isEqualTo("test-operator");
        assertThat(change.get("actor").get("role").asString()).isEqualTo("OPERATOR");
        assertThat(change.get("change").asString()).isEqualTo("OVERRIDE_PUT");
        assertThat(change.get("target").asString()).isEqualTo("override:ROADS:URYUPINSK");
        assertThat(change.get("before").isNull()).isTrue();
        assertThat(change.get("after").get("departmentId").asString()).isEqualTo("uryupinsk-landscaping");
        assertThat(calls.get("/api/v1/routing/rules", Role.OPERATOR).body())
                .contains("{\"category\":\"ROADS\",\"municipality\":\"URYUPINSK\","
                        + "\"departmentId\":\"uryupinsk-landscaping\",\"ruleId\":\"override:ROADS:URYUPINSK\"}");
    }

    @Test
    void anMcuOperatorReadsTheDirectoryButChangesNothingAndDoesNotReadTheAudit() {
        String mcu = TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA");

        var directory = calls.getAs("/api/v1/routing/departments", mcu);
        var rules = calls.getAs("/api/v1/routing/rules", mcu);
        var department = calls.putAs("/api/v1/routing/departments/mikhailovka-roads", mcu,
                "{\"name\":\"Дороги\",\"municipality\":\"MIKHAILOVKA\",\"categories\":[\"ROADS\"]}");
        var override = calls.putAs("/api/v1/routing/overrides/ROADS/MIKHAILOVKA", mcu,
                "{\"departmentId\":\"mikhailovka-landscaping\",\"reason\":\"своё\"}");
        var delete = calls.deleteAs("/api/v1/routing/overrides/ROADS/MIKHAILOVKA", mcu);
        var audit = calls.getAs("/api/v1/routing/audit", mcu);

        assertThat(directory.statusCode()).isEqualTo(200);
        assertThat(rules.statusCode()).isEqualTo(200);
        List.of(department, override, delete, audit).forEach(refused -> {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(calls.get("/api/v1/routing/rules", Role.OPERATOR).body())
                .doesNotContain("override:ROADS:MIKHAILOVKA");
    }

    @Test
    void deletingAnOverrideRestoresTheCompetenceRule() {
        calls.put("/api/v1/routing/overrides/TRANSPORT/ANY", Role.ADMIN,
                "{\"departmentId\":\"region-safety\",\"reason\":\"временно\"}");
        var deleted = calls.delete("/api/v1/routing/overrides/TRANSPORT/ANY", Role.ADMIN);

        assertThat(deleted.statusCode()).isEqualTo(204);
        AppealAssigned event = routed("Автобус 12 не приходит на остановку в Урюпинске, расписание не соблюдают");
        assertThat(event.reason().ruleId()).isEqualTo("municipal:TRANSPORT");
        assertThat(event.departmentId()).isEqualTo("uryupinsk-transport");
        JsonNode change = calls.json(calls.get("/api/v1/routing/audit?limit=1", Role.ADMIN)).get(0);
        assertThat(change.get("change").asString()).isEqualTo("OVERRIDE_DELETE");
        assertThat(change.get("actor").get("id").asString()).isEqualTo("test-admin");
        assertThat(change.get("after").isNull()).isTrue();
    }

    @Test
    void departmentsAreCreatedAndRenamedButNeverLeaveACategoryWithoutADepartment() {
        var created = calls.put("/api/v1/routing/departments/frolovo-snow", Role.OPERATOR,
                "{\"name\":\"Снегоуборка Фролово\",\"municipality\":\"FROLOVO\",\"categories\":[\"ROADS\"],"
                        + "\"active\":false}");
        var renamed = calls.put("/api/v1/routing/departments/frolovo-roads", Role.OPERATOR,
                "{\"name\":\"Дорожный отдел Фролово\",\"municipality\":\"FROLOVO\",\"categories\":[\"ROADS\"]}");
        var hole = calls.put("/api/v1/routing/departments/frolovo-roads", Role.OPERATOR,
                "{\"name\":\"Дорожный отдел\",\"municipality\":\"FROLOVO\",\"categories\":[\"ROADS\"],\"active\":false}");
        var twice = calls.put("/api/v1/routing/departments/frolovo-roads-2", Role.OPERATOR,
                "{\"name\":\"Второй\",\"municipality\":\"FROLOVO\",\"categories\":[\"ROADS\"]}");
        var toInactive = calls.put("/api/v1/routing/overrides/ROADS/FROLOVO", Role.OPERATOR,
                "{\"departmentId\":\"frolovo-snow\",\"reason\":\"зима\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertProblem(hole, 409, "nobody answers [ROADS in FROLOVO]");
        assertProblem(twice, 409, "both answer ROADS in FROLOVO");
        assertProblem(toInactive, 400, "inactive");
        String directory = calls.get("/api/v1/routing/departments", Role.OPERATOR).body();
        assertThat(directory).contains("{\"id\":\"frolovo-snow\",\"name\":\"Снегоуборка Фролово\","
                + "\"municipality\":\"FROLOVO\",\"categories\":[\"ROADS\"],\"active\":false}", "\"Дорожный отдел Фролово\"");
        assertThat(routed("Яма на дороге во Фролово").departmentName()).isEqualTo("Дорожный отдел Фролово");
        JsonNode change = calls.json(calls.get("/api/v1/routing/audit?limit=1", Role.ADMIN)).get(0);
        assertThat(change.get("change").asString()).isEqualTo("DEPARTMENT_PUT");
        assertThat(change.get("before").get("name").asString()).isNotEqualTo("Дорожный отдел Фролово");
        assertThat(change.get("after").get("name").asString()).isEqualTo("Дорожный отдел Фролово");
    }

    @Test
    void badChangesGetClearProblemsAndChangeNothing() {
        String overrides = "/api/v1/routing/overrides/";
        String body = "{\"departmentId\":\"volgograd-roads\",\"reason\":\"r\"}";
        assertProblem(calls.put(overrides + "POTHOLES/VOLGOGRAD", Role.OPERATOR, body), 400, "Unknown category");
        assertProblem(calls.put(overrides + "OTHER/VOLGOGRAD", Role.OPERATOR, body), 400, "OTHER");
        assertProblem(calls.put(overrides + "ROADS/UNKNOWN", Role.OPERATOR, body), 400, "ANY");
        assertProblem(calls.put(overrides + "ROADS/ATLANTIS", Role.OPERATOR, body), 400, "Unknown municipality");
        assertProblem(calls.put(overrides + "ROADS/VOLGOGRAD", Role.OPERATOR,
                "{\"departmentId\":\"nowhere\",\"reason\":\"r\"}"), 400, "not in the directory");
        assertProblem(calls.put(overrides + "ROADS/VOLGOGRAD", Role.OPERATOR,
                "{\"departmentId\":\"volgograd-roads\"}"), 400, "reason");
        assertProblem(calls.put(overrides + "ROADS/VOLGOGRAD", Role.OPERATOR, "null"), 400, "");
        assertProblem(calls.put(overrides + "ROADS/VOLGOGRAD", Role.OPERATOR, "{not json"), 400, "");
        assertProblem(calls.delete(overrides + "ROADS/VOLGOGRAD", Role.OPERATOR), 404, "no override");
        assertProblem(calls.put("/api/v1/routing/departments/Bad%20Id", Role.OPERATOR,
                "{\"name\":\"x\",\"categories\":[\"SAFETY\"]}"), 400, "lower-case");
        assertProblem(calls.put("/api/v1/routing/departments/region-mixed", Role.OPERATOR,
                "{\"name\":\"x\",\"categories\":[\"ROADS\"]}"), 400, "mixes levels");
        assertProblem(calls.put("/api/v1/routing/departments/region-empty", Role.OPERATOR,
                "{\"name\":\"x\",\"categories\":[]}"), 400, "categories");
        assertProblem(calls.get("/api/v1/routing/audit?limit=0", Role.OPERATOR), 400, "limit");
        assertProblem(calls.put(overrides + "ROADS/VOLGOGRAD", Role.CHANNEL, body), 403, "");
        assertProblem(calls.delete(overrides + "ROADS/VOLGOGRAD", Role.DEPARTMENT), 403, "");
        assertProblem(calls.get("/api/v1/routing/audit", Role.DEPARTMENT), 403, "");
        assertThat(calls.json(calls.get("/api/v1/routing/rules", Role.OPERATOR)).get("overrides").toString())
                .doesNotContain("VOLGOGRAD");
    }

    private AppealAssigned routed(String text) {
        AppealReceived appeal = received(text);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        return assigned.awaitAtLeast(appeal.appealId(), 1).get(0);
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(calls.json(response).get("detail").asString()).contains(detail);
    }
}
