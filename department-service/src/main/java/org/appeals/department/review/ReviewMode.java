package org.appeals.department.review;

/** When a department's final answers go to the centre's operators before the resident sees them. */
public enum ReviewMode {
    /** Every final answer. */
    ALWAYS,
    /** Only answers the automatic check flagged. */
    WHEN_FLAGGED
}
