package org.appeals.department.web;

import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;

/**
 * Who may do what with a department's appeals. Refusals say nothing about the department's appeals, and are
 * decided before any appeal is looked up, so a refusal cannot reveal whether an appeal exists.
 */
public final class DepartmentAccess {

    private DepartmentAccess() {
    }

    /** The department's own key, or the centres' staff. */
    public static void requireReader(Caller caller, String departmentId) {
        if (!caller.actsFor(Role.DEPARTMENT, departmentId)) {
            throw ApiException.forbidden("This API key may not read this department's appeals.");
        }
    }

    /** Only the department's own key: nobody, staff included, answers in a department's name. */
    public static void requireOwnDepartment(Caller caller, String departmentId) {
        if (!caller.memberOf(departmentId)) {
            throw ApiException.forbidden("Only this department's own API key may answer for it.");
        }
    }
}
