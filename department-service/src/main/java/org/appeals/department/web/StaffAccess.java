package org.appeals.department.web;

import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;

/** The centre's own views (review queue, overdue list, incidents) are for its operators and admins only. */
public final class StaffAccess {

    private StaffAccess() {
    }

    public static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only the centre's operators and admins may use this.");
        }
    }
}
