package org.appeals.contracts;

/** What the resident wrote back about an existing appeal. */
public enum ResponseKind {
    /** A reply to the department's question. */
    CLARIFICATION,
    /** A rating of the final answer, and whether the problem is solved. */
    FEEDBACK
}
