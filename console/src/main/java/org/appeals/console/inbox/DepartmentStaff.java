package org.appeals.console.inbox;

import org.appeals.console.layout.Me;

/** Who may move a department's appeals: its own staff. Operators read the same pages without a single button. */
final class DepartmentStaff {

    private DepartmentStaff() {
    }

    static boolean mayMove(Me me, String departmentId) {
        return me != null && me.isDepartment() && me.departments().contains(departmentId);
    }
}
