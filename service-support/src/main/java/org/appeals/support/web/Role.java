package org.appeals.support.web;

/** What a client's API key allows; see the gateway's key configuration. */
public enum Role {
    /** A channel adapter: posts appeals for its one channel and reads those appeals. */
    CHANNEL,
    /** A department's system: works its own inbox only. */
    DEPARTMENT,
    /** The centres' staff: read everything, place appeals from triage. */
    OPERATOR,
    /** Runs the platform. */
    ADMIN;

    /** Operators and admins: the centres' staff, who see across channels and departments. */
    public boolean isStaff() {
        return this == OPERATOR || this == ADMIN;
    }
}
