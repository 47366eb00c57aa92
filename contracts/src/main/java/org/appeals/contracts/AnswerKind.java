package org.appeals.contracts;

/** What a department's answer is. */
public enum AnswerKind {
    /** Work is under way; a final answer follows. */
    INTERIM,
    /** The department's answer on the merits. */
    FINAL,
    /** "Not ours": the appeal must be routed elsewhere; the text is the reason. */
    REDIRECT,
    /** The department asks the resident a question; the text is the question, the reply comes back through intake. */
    CLARIFICATION
}
