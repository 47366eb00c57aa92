package org.appeals.routing.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.Placement;
import org.appeals.routing.directory.RoutingTable;
import org.appeals.routing.directory.RuleOverride;
import org.junit.jupiter.api.Test;

class RedirectPlanTest {

    private final RoutingTable table = new RoutingTable(Directory.standard(), List.of(
            new RuleOverride(Category.ROADS, Municipality.KAMYSHIN, "kamyshin-landscaping", "yards"),
            new RuleOverride(Category.ROADS, null, "region-safety", "winter")));
    private final RedirectPlan plan = new RedirectPlan(2);

    @Test
    void theNextBestDepartmentThatHasNotDeclinedTakesTheAppeal() {
        Placement next = plan.next(table, assignedTo("kamyshin-landscaping"), List.of("kamyshin-landscaping"));

        assertThat(next.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(next.department().id()).isEqualTo("region-safety");
        assertThat(next.reason().ruleId()).isEqualTo("override:ROADS:ANY");
        assertThat(next.reason().matchedTerms()).containsExactly("яма");
        assertThat(next.reason().explanation()).contains("kamyshin-landscaping отказалось");
    }

    @Test
    void neverGoesBackToAnyDepartmentThatDeclined() {
        Placement next = plan.next(table, assignedTo("region-safety"),
                List.of("kamyshin-landscaping", "region-safety"));

        assertThat(next.department().id()).isEqualTo("kamyshin-roads");
    }

    @Test
    void afterTheLastRedirectTheAppealGoesToTriageEvenIfADepartmentIsLeft() {
        Placement next = new RedirectPlan(1).next(table, assignedTo("region-safety"),
                List.of("kamyshin-landscaping", "region-safety"));

        assertThat(next.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(next.department()).isNull();
        assertThat(next.reason().ruleId()).isEqualTo("triage:redirected");
        assertThat(next.category()).isEqualTo(Category.ROADS);
    }

    @Test
    void whenEveryDepartmentDeclinedTheAppealGoesToTriage() {
        Placement next = plan.next(RoutingTable.of(Directory.standard()), assignedTo("kamyshin-roads"),
                List.of("kamyshin-roads"));

        assertThat(next.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(next.reason().ruleId()).isEqualTo("triage:redirected");
        assertThat(next.reason().explanation()).contains("не осталось подразделения");
    }

    private static Decision assignedTo(String departmentId) {
        return new Decision(UUID.randomUUID(), Instant.now(), RoutingMethod.AUTO, RoutingOutcome.ASSIGNED,
                Category.ROADS, Municipality.KAMYSHIN, departmentId, "name",
                new RoutingReason("municipal:ROADS", List.of("яма"), 0.8, "test"), Actor.SYSTEM);
    }
}
