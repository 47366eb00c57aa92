package org.appeals.department.events;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.StateMachine;
import org.appeals.department.retry.RaceRetry;
import org.appeals.department.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Marks an appeal NOTIFIED once its final answer reached the resident. */
@Component
class NotifiedListener {

    private static final Logger log = LoggerFactory.getLogger(NotifiedListener.class);

    private final Appeals appeals;
    private final Workflow workflow;
    private final RaceRetry retry;

    NotifiedListener(Appeals appeals, Workflow workflow, RaceRetry retry) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.retry = retry;
    }

    @KafkaListener(topics = Topics.APPEALS_NOTIFIED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealNotified")
    void on(AppealNotified event) {
        require(event.eventId(), "eventId");
        require(event.appealId(), "appealId");
        if (event.answerKind() != AnswerKind.FINAL || event.outcome() != DeliveryOutcome.DELIVERED) {
            log.debug("delivery {} of appeal {} ({}, {}) changes no state", event.deliveryId(), event.appealId(),
                    event.answerKind(), event.outcome());
            return;
        }
        retry.untilDone("appeal " + event.appealId(), () -> markNotified(event));
    }

    private boolean markNotified(AppealNotified event) {
        DepartmentAppeal current = appeals.find(event.appealId()).orElse(null);
        if (current == null || current.hasApplied(event.eventId())) {
            return true;
        }
        if (current.state() == null || !StateMachine.allows(current.state(), WorkflowStep.NOTIFY)) {
            log.warn("delivery {} of appeal {} ignored: the appeal is {}", event.deliveryId(), event.appealId(),
                    current.state());
            return true;
        }
        return workflow.step(current, WorkflowStep.NOTIFY, null, Actor.SYSTEM,
                        change -> change.applied(event.eventId()))
                .isPresent();
    }
}
