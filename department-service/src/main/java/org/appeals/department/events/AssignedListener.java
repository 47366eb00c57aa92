package org.appeals.department.events;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.Topics;
import org.appeals.department.retry.RaceRetry;
import org.appeals.support.kafka.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Puts appeals that routing assigned into their department's inbox; triage decisions are not ours. */
@Component
class AssignedListener {

    private static final Logger log = LoggerFactory.getLogger(AssignedListener.class);

    private final Placement placement;
    private final RaceRetry retry;

    AssignedListener(Placement placement, RaceRetry retry) {
        this.placement = placement;
        this.retry = retry;
    }

    @KafkaListener(topics = Topics.APPEALS_ASSIGNED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAssigned")
    void on(AppealAssigned event) {
        require(event.eventId(), "eventId");
        require(event.appealId(), "appealId");
        if (require(event.outcome(), "outcome") != RoutingOutcome.ASSIGNED) {
            log.debug("appeal {} went to triage; no department inbox involved", event.appealId());
            return;
        }
        if (event.departmentId() == null || event.departmentId().isBlank()) {
            throw new InvalidEventException("event has no departmentId");
        }
        require(event.occurredAt(), "occurredAt");
        retry.untilDone("appeal " + event.appealId(), () -> placement.place(event));
    }
}
