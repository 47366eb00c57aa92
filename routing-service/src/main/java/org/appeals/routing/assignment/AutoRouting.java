package org.appeals.routing.assignment;

import static org.appeals.support.kafka.InvalidEventException.require;

import java.time.Instant;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.RoutingMethod;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.Classifier;
import org.appeals.routing.classify.HintEffect;
import org.appeals.routing.directory.Placement;
import org.appeals.routing.directory.RoutingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Routes a received appeal once: classify, place, store the decision with its event, publish that. A replayed event
 * finds the stored decision and at most publishes what its outbox still holds, under the decision's own event id.
 */
@Service
class AutoRouting {

    private static final Logger log = LoggerFactory.getLogger(AutoRouting.class);

    private final Classifier classifier;
    private final RoutingRules rules;
    private final RoutedAppeals appeals;
    private final RoutingMetrics metrics;

    AutoRouting(Classifier classifier, RoutingRules rules, RoutedAppeals appeals, RoutingMetrics metrics) {
        this.classifier = classifier;
        this.rules = rules;
        this.appeals = appeals;
        this.metrics = metrics;
    }

    void route(AppealReceived event) {
        require(event.appealId(), "appealId");
        require(event.eventId(), "eventId");
        require(event.channel(), "channel");
        require(event.text(), "text");
        // false is fine either way: what the broker did not take stays in the outbox for the relay
        if (appeals.find(event.appealId()).isEmpty() && decide(event)) {
            return;
        }
        appeals.publishPending(event.appealId()); // a redelivery: whatever the first time left unpublished
    }

    /** True if this decision was stored (and its publishing tried); false if another got there first. */
    private boolean decide(AppealReceived event) {
        Classification classification = classifier.classify(event.text(), event.location(), event.categoryHint());
        if (classification.hintEffect() == HintEffect.UNKNOWN) {
            log.info("appeal {}: category hint is not a taxonomy code, ignored", event.appealId());
        }
        Placement placement = rules.place(classification);
        Instant now = Instant.now();
        Decision decision = Decision.of(placement, RoutingMethod.AUTO, now);
        RoutedAppeal fresh = new RoutedAppeal(event.appealId(), event.eventId(), event.channel(),
                ReceivedTime.of(event, now), event.text(), decision, Declines.none(), classification.hint());
        RoutedAppeal stored = appeals.insertIfAbsent(fresh);
        if (!stored.decision().eventId().equals(decision.eventId())) {
            return false;
        }
        metrics.routed(decision);
        log.info("appeal {} routed: {} {} in {} by rule {}", event.appealId(), decision.outcome(),
                decision.category(), decision.municipality(), decision.reason().ruleId());
        appeals.publishFirst(stored);
        return true;
    }
}
