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
import org.appeals.routing.assignment.DecisionPublisher;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.routing.assignment.RoutingMetrics;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.Placement;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Places an appeal from triage as an operator decided: the decision replaces the triage one only while that is
 * still current (two operators cannot both place it), is stored, and is published like any other.
 */
@Service
class OperatorPlacement {

    private static final Logger log = LoggerFactory.getLogger(OperatorPlacement.class);

    private final Directory directory;
    private final RoutedAppeals appeals;
    private final DecisionPublisher publisher;
    private final RoutingMetrics metrics;

    OperatorPlacement(Directory directory, RoutedAppeals appeals, DecisionPublisher publisher, RoutingMetrics metrics) {
        this.directory = directory;
        this.appeals = appeals;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    PlacedAppeal place(UUID appealId, OperatorDecision request) {
        Category category = Codes.category(request.category());
        Municipality municipality = Codes.municipality(request.municipality());
        Department department = department(request.departmentId(), category, municipality);
        RoutedAppeal appeal = appeals.find(appealId)
                .orElseThrow(() -> ApiException.notFound("Routing knows no appeal " + appealId + "."));
        Decision current = appeal.decision();
        if (current.outcome() != RoutingOutcome.TRIAGE) {
            return repeated(appeal, category, municipality, department);
        }
        Decision next = Decision.of(placement(category, municipality, department, current), RoutingMethod.OPERATOR,
                Instant.now());
        if (!appeals.replaceDecision(appealId, current.eventId(), next)) {
            throw ApiException.conflict("Appeal " + appealId + " was placed by someone else just now.");
        }
        metrics.routed(next);
        publisher.publish(appeal.withDecision(next));
        log.info("appeal {} placed from triage to {} ({} in {})", appealId, department.id(), category, municipality);
        return PlacedAppeal.of(appealId, next);
    }

    private static Placement placement(Category category, Municipality municipality, Department department,
                                       Decision replaced) {
        return new Placement(RoutingOutcome.ASSIGNED, category, municipality, department,
                new RoutingReason("operator", List.of(), 1.0,
                        "placed by an operator from triage; automatic routing said " + replaced.reason().ruleId()));
    }

    private Department department(String departmentId, Category category, Municipality municipality) {
        if (departmentId != null && !departmentId.isBlank()) {
            return directory.byId(departmentId.trim()).orElseThrow(() -> ApiException.badRequest(
                    "departmentId is not in the directory; see GET /api/v1/routing/departments."));
        }
        return directory.responsibleFor(category, municipality).orElseThrow(() -> ApiException.badRequest(
                "No department answers " + category + " in " + municipality + " by default: give a departmentId."));
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
