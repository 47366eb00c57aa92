package org.appeals.contracts;

/** Whether routing placed the appeal with a department or left it to people. */
public enum RoutingOutcome {
    ASSIGNED,
    TRIAGE
}
