package org.appeals.routing.triage;

/**
 * An operator's placement of an appeal, as sent: taxonomy codes, and optionally the department (otherwise the
 * directory's department for the category and municipality). Codes are checked by {@link Codes} for a clear 400.
 */
record OperatorDecision(String category, String municipality, String departmentId) {
}
