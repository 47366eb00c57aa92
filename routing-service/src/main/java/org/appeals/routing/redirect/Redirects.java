package org.appeals.routing.redirect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.routing.assignment.RoutingMetrics;
import org.appeals.routing.directory.RoutingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Acts on a department's "not ours" once per answer event: remembers the department as declined and, if the appeal
 * is still assigned to it, places the appeal again by {@link RedirectPlan} and publishes that with method REDIRECT.
 */
@Service
class Redirects {

    private static final Logger log = LoggerFactory.getLogger(Redirects.class);

    private final RoutedAppeals appeals;
    private final RoutingRules rules;
    private final RoutingMetrics metrics;
    private final RedirectPlan plan;

    Redirects(RoutedAppeals appeals, RoutingRules rules, RoutingMetrics metrics, RedirectProperties properties) {
        this.appeals = appeals;
        this.rules = rules;
        this.metrics = metrics;
        this.plan = new RedirectPlan(properties.maxRedirects());
    }

    void declined(AppealAnswered answer) {
        // retried, then parked in the dead-letter topic: a redirect must not vanish because its appeal is missing
        RoutedAppeal appeal = appeals.find(answer.appealId()).orElseThrow(() -> new IllegalStateException(
                "redirect " + answer.eventId() + " for appeal " + answer.appealId() + " that routing has not seen"));
        if (appeal.declines().applied(answer.eventId())) {
            appeals.publishPending(appeal.appealId()); // a replay: what the first time left unpublished
            return;
        }
        Decision current = appeal.decision();
        Decision next = stillAssignedTo(current, answer.departmentId()) ? replacement(appeal, answer) : null;
        if (!appeals.applyDecline(appeal.appealId(), current.eventId(), answer.eventId(), answer.departmentId(), next)) {
            // someone changed the appeal between read and write: the error handler retries on fresh data
            throw new IllegalStateException("appeal " + appeal.appealId() + " changed while applying a redirect");
        }
        metrics.redirected(current.category());
        if (next != null) {
            metrics.routed(next);
            appeals.publishPending(appeal.appealId());
            log.info("appeal {} declined by {}: {} to {} by rule {}", appeal.appealId(), answer.departmentId(),
                    next.outcome(), next.departmentId(), next.reason().ruleId());
        }
    }

    private Decision replacement(RoutedAppeal appeal, AppealAnswered answer) {
        List<String> declined = new ArrayList<>(appeal.declines().departments());
        if (!declined.contains(answer.departmentId())) {
            declined.add(answer.departmentId());
        }
        // the redirect is the act of the department's person who said "not ours"; older answers name nobody
        Actor actor = answer.actor() == null ? Actor.SYSTEM : answer.actor();
        return Decision.of(plan.next(rules.table(), appeal.decision(), declined), RoutingMethod.REDIRECT, actor,
                Instant.now());
    }

    private static boolean stillAssignedTo(Decision decision, String departmentId) {
        return decision.outcome() == RoutingOutcome.ASSIGNED && departmentId.equals(decision.departmentId());
    }
}
