package org.appeals.contracts;

/** What moved an appeal from one {@link WorkflowState} to the next. */
public enum WorkflowStep {
    /** Routing (or an operator) placed the appeal with the department. */
    ASSIGN,
    /** The department took the appeal into work. */
    ACCEPT,
    /** The department gave an interim answer with a promised date. */
    ANSWER_INTERIM,
    /** The department asked the resident a question. */
    ASK_CLARIFICATION,
    /** The resident's reply to that question arrived. */
    RECEIVE_CLARIFICATION,
    /** The department gave a final answer that goes to the operators first. */
    SUBMIT_FOR_REVIEW,
    /** The department gave a final answer that needs no review. */
    ANSWER_FINAL,
    /** An operator approved the final answer. */
    APPROVE,
    /** An operator returned the final answer for rework. */
    RETURN_FOR_REWORK,
    /** The department declined the appeal. */
    REDIRECT,
    /** The final answer reached the resident. */
    NOTIFY,
    /** The resident said the problem is solved. */
    CONFIRM_SOLVED,
    /** The feedback window passed without the resident saying otherwise. */
    CLOSE,
    /** The resident said the problem is not solved. */
    REOPEN
}
