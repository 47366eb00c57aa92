package org.appeals.routing.redirect;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.directory.Placement;
import org.appeals.routing.directory.Route;
import org.appeals.routing.directory.RoutingTable;

/**
 * Where an appeal goes after a department declined it: the best route by the rules that avoids every department
 * that declined it, or triage ({@code triage:redirected}) when none is left or it was redirected often enough.
 */
record RedirectPlan(int maxRedirects) {

    static final String TRIAGE_RULE = "triage:redirected";

    /** {@code declined}: every department that declined the appeal so far, this one included, in order. */
    Placement next(RoutingTable table, Decision current, List<String> declined) {
        String last = declined.get(declined.size() - 1);
        Optional<Route> route = declined.size() > maxRedirects ? Optional.empty()
                : table.first(current.category(), current.municipality(), Set.copyOf(declined));
        if (route.isEmpty()) {
            String why = declined.size() > maxRedirects
                    ? "отказов " + declined.size() + ", больше допустимых перенаправлений (" + maxRedirects + ")"
                    : "не осталось подразделения, которое ещё не отказалось";
            return new Placement(RoutingOutcome.TRIAGE, current.category(), current.municipality(), null,
                    reason(current, TRIAGE_RULE, last + " отказалось; на разбор оператору: " + why + " " + declined));
        }
        return new Placement(RoutingOutcome.ASSIGNED, current.category(), current.municipality(),
                route.get().department(), reason(current, route.get().ruleId(),
                        last + " отказалось; направлено в " + route.get().department().id() + ", минуя " + declined));
    }

    private static RoutingReason reason(Decision current, String ruleId, String explanation) {
        RoutingReason was = current.reason();
        return new RoutingReason(ruleId, was.matchedTerms(), was.confidence(), explanation);
    }
}
