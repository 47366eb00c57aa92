package org.appeals.intake.appeal;

import java.util.List;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.RoutingOutcome;

/**
 * Folds an appeal's timeline into its status. Nothing is stored: the status follows from the events in the order
 * they happened, so events that arrive late or out of order across topics still give the right answer.
 * <p>
 * Once the department's workflow has reported on an appeal, it is the authority: its latest state is the status,
 * and answers and deliveries no longer move it. Two facts the workflow does not own still do: routing placing the
 * appeal (again, after a redirect) and the final answer failing to reach the resident.
 */
final class StatusDerivation {

    private StatusDerivation() {
    }

    static AppealStatus derive(List<AppealEvent> timeline) {
        AppealStatus status = AppealStatus.RECEIVED;
        boolean workflowReported = false;
        for (AppealEvent event : timeline) {
            if (event instanceof AppealStateChanged changed) {
                workflowReported = true;
                status = AppealStatus.of(changed.to());
            } else if (!workflowReported || outsideTheWorkflow(event)) {
                status = next(status, event);
            }
        }
        return status;
    }

    static AppealStatus next(AppealStatus current, AppealEvent event) {
        if (event instanceof AppealAssigned assigned) {
            return assigned.outcome() == RoutingOutcome.TRIAGE ? AppealStatus.TRIAGE : AppealStatus.ASSIGNED;
        }
        if (event instanceof AppealAnswered answered) {
            return switch (answered.kind()) {
                case INTERIM -> AppealStatus.IN_PROGRESS;
                case FINAL -> AppealStatus.ANSWERED;
                case REDIRECT -> AppealStatus.REDIRECTED;
                case CLARIFICATION -> AppealStatus.AWAITING_CLARIFICATION;
            };
        }
        if (event instanceof AppealNotified notified && notified.answerKind() == AnswerKind.FINAL) {
            // only the final answer's delivery ends the appeal; an interim reply reaching the resident changes nothing
            return notified.outcome() == DeliveryOutcome.DELIVERED ? AppealStatus.NOTIFIED : AppealStatus.DELIVERY_FAILED;
        }
        return current;
    }

    private static boolean outsideTheWorkflow(AppealEvent event) {
        return event instanceof AppealAssigned
                || event instanceof AppealNotified notified && notified.answerKind() == AnswerKind.FINAL
                        && notified.outcome() == DeliveryOutcome.FAILED;
    }
}
