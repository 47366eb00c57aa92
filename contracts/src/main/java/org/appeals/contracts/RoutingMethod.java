package org.appeals.contracts;

/** Who or what made a routing decision. */
public enum RoutingMethod {
    /** The classifier and the directory, unaided. */
    AUTO,
    /** An operator of the centre, from triage. */
    OPERATOR,
    /** Routing again after a department declined the appeal. */
    REDIRECT
}
