package org.appeals.contracts;

/** Where an appeal stands in its department's workflow; the lifecycle of DESIGN.md plus the review states. */
public enum WorkflowState {
    /** In the department's inbox, nobody has reacted yet. */
    ASSIGNED,
    /** The department accepted it or gave an interim answer; the final answer is due. */
    IN_PROGRESS,
    /** The department asked the resident a question and waits for the reply. */
    AWAITING_CLARIFICATION,
    /** A final answer waits for the centre's operators to approve it; the resident has not seen it. */
    IN_REVIEW,
    /** The operators returned the final answer with a comment; the department must answer again. */
    RETURNED_FOR_REWORK,
    /** The final answer is approved and on its way to the resident. */
    ANSWERED,
    /** The final answer reached the resident. */
    NOTIFIED,
    /** The resident said the problem is solved, or the feedback window passed. */
    CLOSED,
    /** The department declined it as not its competence; routing places it again. */
    REDIRECTED,
    /** The resident said the problem is not solved: back with the same department, with a new deadline. */
    REOPENED
}
