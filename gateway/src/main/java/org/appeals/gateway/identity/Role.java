package org.appeals.gateway.identity;

/** What an identity may do; the services receive it as the {@code role} claim of the forwarded identity. */
public enum Role {
    /** A channel adapter: posts appeals for its one channel and reads those appeals. */
    CHANNEL,
    /** A department's system or staff: works the inboxes of its own departments only. */
    DEPARTMENT,
    /** The centres' operators: the whole region (ЦУР) or their municipalities (МЦУ). */
    OPERATOR,
    /** Runs the platform. */
    ADMIN;

    /** Staff see across channels and departments. */
    public boolean isStaff() {
        return this == OPERATOR || this == ADMIN;
    }
}
