package org.appeals.department.events;

import org.appeals.contracts.Actor;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.ResidentMessage;
import org.appeals.department.appeal.StateMachine;
import org.appeals.department.deadline.AppealDeadlines;
import org.appeals.department.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Attaches what the resident wrote to the appeal and moves it on: a reply to a question puts the appeal back in
 * work with a fresh answer deadline; "solved" closes it; "not solved" reopens it with the same department and new
 * deadlines. A message that moves nothing (feedback on an appeal still in work, say) is kept all the same.
 */
@Component
class ResidentResponses {

    private static final Logger log = LoggerFactory.getLogger(ResidentResponses.class);

    private final Appeals appeals;
    private final Workflow workflow;
    private final AppealDeadlines deadlines;

    ResidentResponses(Appeals appeals, Workflow workflow, AppealDeadlines deadlines) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    /** One attempt; false when another writer changed the appeal in between. */
    boolean apply(ResidentResponded event) {
        DepartmentAppeal current = appeals.find(event.appealId()).orElse(null);
        if (current == null || current.state() == null) {
            // the resident can only answer what reached them, which came from a department: not ours, or not yet
            throw new IllegalStateException("appeal " + event.appealId() + " is in no department's inbox yet");
        }
        if (current.hasApplied(event.eventId())) {
            return true;
        }
        ResidentMessage message = new ResidentMessage(event.responseId(), event.kind(), event.text(), event.rating(),
                event.solved(), event.occurredAt());
        WorkflowStep step = stepFor(event);
        if (!StateMachine.allows(current.state(), step)) {
            log.info("{} on appeal {} kept; it moves nothing in state {}", event.kind(), event.appealId(),
                    current.state());
            return workflow.record(current, new AppealChange().applied(event.eventId())
                    .addMessage(message));
        }
        Deadlines next = switch (step) {
            case RECEIVE_CLARIFICATION -> deadlines.afterReaction(current.content(), current.assignment(),
                    current.deadlines(), workflow.now());
            case REOPEN -> deadlines.atReopen(current.content(), current.assignment(), workflow.now());
            default -> null;
        };
        boolean moved = workflow.step(current, step, next, byResident(event),
                change -> change.applied(event.eventId()).addMessage(message)).isPresent();
        if (moved && step == WorkflowStep.REOPEN) {
            log.info("appeal {} reopened for {}: the resident says the problem is not solved", event.appealId(),
                    current.departmentId());
        }
        return moved;
    }

    /**
     * The resident acted, through their channel's adapter; the event names the channel but no client id (and never
     * the resident, whose name is personal data), so the channel stands for the actor.
     */
    private static Actor byResident(ResidentResponded event) {
        return new Actor(event.channel() == null ? "unknown-channel" : "channel-" + event.channel().name(),
                "CHANNEL");
    }

    private static WorkflowStep stepFor(ResidentResponded event) {
        if (event.kind() == ResponseKind.CLARIFICATION) {
            return WorkflowStep.RECEIVE_CLARIFICATION;
        }
        return Boolean.TRUE.equals(event.solved()) ? WorkflowStep.CONFIRM_SOLVED : WorkflowStep.REOPEN;
    }
}
