package org.appeals.gateway.identity;

import org.appeals.support.web.Role;

/** Which roles see across channels and departments; the gateway's one addition to the shared {@link Role}. */
public final class Staff {

    private Staff() {
    }

    /** Operators and admins see across channels and departments. */
    public static boolean isStaff(Role role) {
        return role == Role.OPERATOR || role == Role.ADMIN;
    }
}
