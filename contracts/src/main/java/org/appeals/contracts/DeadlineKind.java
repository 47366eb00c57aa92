package org.appeals.contracts;

/** The deadlines a department is held to. */
public enum DeadlineKind {
    /** The first reaction after assignment (accept, interim answer, question or final answer). */
    FIRST_REACTION,
    /** The final answer. */
    ANSWER,
    /** The final answer by the date the department promised in an interim answer (never later than ANSWER's term). */
    PROMISED
}
