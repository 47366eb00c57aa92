package org.appeals.routing.assignment;

import org.appeals.contracts.Topics;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.kafka.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes a stored decision to appeals.assigned and then marks it published. When the broker does not answer the
 * decision stays stored as unpublished, which is durable enough: the outbox relay publishes it later.
 */
@Component
public class DecisionPublisher {

    private static final Logger log = LoggerFactory.getLogger(DecisionPublisher.class);

    private final EventPublisher events;
    private final RoutedAppeals appeals;

    DecisionPublisher(EventPublisher events, RoutedAppeals appeals) {
        this.events = events;
        this.appeals = appeals;
    }

    /** True when the broker acknowledged the decision's event. */
    public boolean publish(RoutedAppeal appeal) {
        Decision decision = appeal.decision();
        try {
            events.publishDurably(Topics.APPEALS_ASSIGNED, decision.toEvent(appeal.appealId()));
        } catch (PublishFailedException e) {
            log.warn("decision {} on appeal {} not published yet, the outbox relay will retry: {}",
                    decision.eventId(), appeal.appealId(), e.getMessage());
            return false;
        }
        appeals.markPublished(appeal.appealId(), decision.eventId());
        return true;
    }
}
