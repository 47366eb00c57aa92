package org.appeals.department.events;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.Topics;
import org.appeals.department.retry.RaceRetry;
import org.appeals.support.kafka.InvalidEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What residents write back about their appeals: replies to the department's questions, and feedback. */
@Component
class RespondedListener {

    private final ResidentResponses responses;
    private final RaceRetry retry;

    RespondedListener(ResidentResponses responses, RaceRetry retry) {
        this.responses = responses;
        this.retry = retry;
    }

    @KafkaListener(topics = Topics.APPEALS_RESPONDED,
            properties = "spring.json.value.default.type=org.appeals.contracts.ResidentResponded")
    void on(ResidentResponded event) {
        require(event.eventId(), "eventId");
        require(event.appealId(), "appealId");
        require(event.occurredAt(), "occurredAt");
        if (require(event.kind(), "kind") == ResponseKind.FEEDBACK && event.solved() == null) {
            throw new InvalidEventException("feedback without solved");
        }
        retry.untilDone("appeal " + event.appealId(), () -> responses.apply(event));
    }
}
