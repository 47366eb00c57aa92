package org.appeals.routing.triage;

import java.util.List;
import java.util.UUID;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The triage queue for the centres' staff: what waits, oldest first, and placing an appeal by hand. An МЦУ operator
 * sees and places only the items routing suggests for its municipalities ({@link TriageScope}).
 */
@RestController
@RequestMapping("/api/v1/triage")
class TriageController {

    static final int MAX_LIMIT = 500;

    private final RoutedAppeals appeals;
    private final OperatorPlacement placement;

    TriageController(RoutedAppeals appeals, OperatorPlacement placement) {
        this.appeals = appeals;
        this.placement = placement;
    }

    @GetMapping
    List<TriageItem> waiting(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        requireStaff(caller);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        var waiting = caller.seesWholeRegion() ? appeals.inTriage(limit)
                : appeals.inTriage(caller.municipalities(), limit);
        return waiting.stream().map(TriageItem::of).toList();
    }

    /** One item of the queue, for the page an operator places it from; 403 outside the caller's municipalities. */
    @GetMapping("/{appealId}")
    TriageItem one(Caller caller, @PathVariable UUID appealId) {
        requireStaff(caller);
        RoutedAppeal appeal = appeals.find(appealId)
                .filter(found -> found.decision().outcome() == RoutingOutcome.TRIAGE)
                .orElseThrow(() -> ApiException.notFound("Appeal " + appealId + " does not wait in triage."));
        TriageScope.requireSees(caller, appeal.decision().municipality());
        return TriageItem.of(appeal);
    }

    @PostMapping("/{appealId}")
    PlacedAppeal place(Caller caller, @PathVariable UUID appealId, @RequestBody OperatorDecision decision) {
        requireStaff(caller);
        return placement.place(caller, appealId, decision);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only the centres' operators and admins may work the triage queue.");
        }
    }
}
