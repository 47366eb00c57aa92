package org.appeals.department.deadline;

/** What the production calendar says about one date. */
enum DayKind {
    WORKING,
    SHORTENED,
    NON_WORKING
}
