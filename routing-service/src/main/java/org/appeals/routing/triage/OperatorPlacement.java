package org.appeals.routing.triage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.routing.assignment.RoutingMetrics;
import org.appeals.routing.directory.Department;
import org.appeals.routing.assignment.Declines;
import org.appeals.routing.directory.Codes;
import org.appeals.routing.directory.Route;
import org.appeals.routing.directory.RoutingRules;
import org.appeals.routing.learning.LabelledExample;
import org.appeals.routing.learning.LabelledExamples;
import org.appeals.support.web.Caller;
import org.appeals.routing.directory.Placement;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Places an appeal from triage as an operator decided: the decision replaces the triage one only while that is
 * still current (two operators cannot both place it), is stored with its event and published like any other, and
 * is kept as a labelled example the classifier learns from. A department that declined the appeal is never chosen
 * again.
 */
@Service
class OperatorPlacement {

    private static final Logger log = LoggerFactory.getLogger(OperatorPlacement.class);

    private final RoutingRules rules;
    private final RoutedAppeals appeals;
    private final RoutingMetrics metrics;
    private final LabelledExamples examples;

    OperatorPlacement(RoutingRules rules, RoutedAppeals appeals, RoutingMetrics metrics, LabelledExamples examples) {
        this.rules = rules;
        this.appeals = appeals;
        this.metrics = metrics;
        this.examples = examples;
    }

    PlacedAppeal place(Caller caller, UUID appealId, OperatorDecision request) {
        Category category = Codes.category(request.category());
        Municipality municipality = Codes.municipality(request.municipality());
        RoutedAppeal appeal = appeals.find(appealId)
                .orElseThrow(() -> ApiException.notFound("Routing knows no appeal " + appealId + "."));
        TriageScope.requireSees(caller, appeal.decision().municipality());
        TriageScope.requirePlacesIn(caller, municipality);
        Department department = department(request.departmentId(), category, municipality, appeal.declines());
        Decision current = appeal.decision();
        if (current.outcome() != RoutingOutcome.TRIAGE) {
            return repeated(appeal, category, municipality, department);
        }
        Decision next = Decision.of(placement(category, municipality, department, current), RoutingMethod.OPERATOR,
                caller.actor(), Instant.now());
        if (!appeals.replaceDecision(appealId, current.eventId(), next)) {
            throw ApiException.conflict("Appeal " + appealId + " was placed by someone else just now.");
        }
        metrics.routed(next);
        learn(caller, appeal, category, municipality);
        appeals.publishPending(appealId); // the placement stands either way; the relay publishes what is left
        log.info("appeal {} placed from triage to {} ({} in {}) by {}", appealId, department.id(), category,
                municipality, caller.clientId());
        return PlacedAppeal.of(appealId, next);
    }

    private static Placement placement(Category category, Municipality municipality, Department department,
                                       Decision replaced) {
        return new Placement(RoutingOutcome.ASSIGNED, category, municipality, department,
                new RoutingReason("operator", List.of(), 1.0,
                        "placed by an operator from triage; automatic routing said " + replaced.reason().ruleId()));
    }

    /** A correction of an appeal that departments declined teaches as much as a plain triage decision. */
    private void learn(Caller caller, RoutedAppeal appeal, Category category, Municipality municipality) {
        var source = appeal.declines().departments().isEmpty() ? LabelledExample.Source.TRIAGE
                : LabelledExample.Source.REDIRECT;
        examples.record(new LabelledExample(appeal.appealId(), appeal.text(), category, municipality, source,
                caller.clientId(), Instant.now()));
    }

    private Department department(String departmentId, Category category, Municipality municipality,
                                 Declines declines) {
        Department department = departmentId != null && !departmentId.isBlank()
                ? chosen(departmentId.trim())
                : rules.table().first(category, municipality, declines.excluded()).map(Route::department)
                        .orElseThrow(() -> ApiException.badRequest("No department answers " + category + " in "
                                + municipality + " by default: give a departmentId."));
        if (declines.excluded().contains(department.id())) {
            throw ApiException.conflict("Department " + department.id() + " has declined this appeal already: "
                    + "choose another one.");
        }
        return department;
    }

    private Department chosen(String departmentId) {
        Department department = rules.table().directory().byId(departmentId).orElseThrow(() -> ApiException
                .badRequest("departmentId is not in the directory; see GET /api/v1/routing/departments."));
        if (!department.receivesAppeals()) {
            throw ApiException.badRequest("Department " + department.id() + " is inactive and receives no appeals.");
        }
        return department;
    }

    /** The same placement sent again (a retry) gets the same answer; any other one for a placed appeal is a 409. */
    private static PlacedAppeal repeated(RoutedAppeal appeal, Category category, Municipality municipality,
                                         Department department) {
        Decision current = appeal.decision();
        boolean same = current.method() == RoutingMethod.OPERATOR && current.category() == category
                && current.municipality() == municipality && Objects.equals(current.departmentId(), department.id());
        if (!same) {
            throw ApiException.conflict("Appeal " + appeal.appealId() + " is not waiting in triage: it is already "
                    + "assigned to " + current.departmentId() + ".");
        }
        return PlacedAppeal.of(appeal.appealId(), current);
    }
}
