package org.appeals.contracts;

/** Which level of government answers a category by default. */
public enum Competence {
    /** The department of the municipality where the problem is. */
    MUNICIPAL,
    /** The regional body, with the municipality kept as context. */
    REGIONAL,
    /** Nobody by default: manual triage. */
    NONE
}
