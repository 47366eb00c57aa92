package org.appeals.gateway.keys;

/** What an API key allows; the services receive it as {@code X-Appeals-Role}. */
public enum Role {
    /** A channel adapter: posts appeals for its one channel and reads those appeals. */
    CHANNEL,
    /** A department's system: works its own inbox only. */
    DEPARTMENT,
    /** The centres' staff: read everything, place appeals from triage. */
    OPERATOR,
    /** Runs the platform. */
    ADMIN;

    /** Staff see across channels and departments. */
    public boolean isStaff() {
        return this == OPERATOR || this == ADMIN;
    }
}
