package org.appeals.intake.appeal;

import org.appeals.contracts.WorkflowState;

/**
 * Where an appeal stands, derived from its timeline (see {@link StatusDerivation}). Once the department's workflow
 * reports on an appeal, its state is the status: every {@link WorkflowState} is a status of the same name
 * ({@link #of(WorkflowState)}), and the statuses before and beside the workflow (received, triage, delivery failed)
 * come on top.
 */
public enum AppealStatus {
    /** Registered; routing has not placed it yet. */
    RECEIVED,
    /** Routing could not place it; an operator of the centre will. */
    TRIAGE,
    /** A department has it. */
    ASSIGNED,
    /** The department took it into work or gave an interim answer; a final one follows. */
    IN_PROGRESS,
    /** The department asked the resident a question and waits for the reply. */
    AWAITING_CLARIFICATION,
    /** A final answer waits for the centre's operators to approve it; the resident has not seen it. */
    IN_REVIEW,
    /** The operators returned the final answer; the department must answer again. */
    RETURNED_FOR_REWORK,
    /** The department answered on the merits; the reply is on its way to the resident. */
    ANSWERED,
    /** The department declined it as not its competence; routing places it again. */
    REDIRECTED,
    /** The final answer reached the resident's channel. */
    NOTIFIED,
    /** The final answer could not be delivered; operators must step in. */
    DELIVERY_FAILED,
    /** The resident said the problem is solved, or the feedback window passed. */
    CLOSED,
    /** The resident said the problem is not solved: back with the department, with a new deadline. */
    REOPENED;

    /** The status a workflow state is; the names are the mapping, and {@code AppealStatusTest} checks every state. */
    public static AppealStatus of(WorkflowState state) {
        return valueOf(state.name());
    }
}
