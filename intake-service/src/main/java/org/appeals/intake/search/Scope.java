package org.appeals.intake.search;

import java.util.Set;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;

/**
 * The appeals a caller may find: the regional centre and admins all; an МЦУ operator those of its municipalities (an
 * appeal whose municipality is not known yet is the regional centre's); department staff those of their departments.
 * A filter outside the scope narrows it to nothing; it never widens it.
 */
record Scope(boolean wholeRegion, Set<String> municipalities, Set<String> departments) {

    Scope {
        municipalities = Set.copyOf(municipalities);
        departments = Set.copyOf(departments);
    }

    /** Channels keep track of their own appeals by id; they get no list (403). */
    static Scope of(Caller caller) {
        caller.requireRole(Role.OPERATOR, Role.ADMIN, Role.DEPARTMENT);
        if (caller.seesWholeRegion()) {
            return new Scope(true, Set.of(), Set.of());
        }
        return caller.role() == Role.DEPARTMENT
                ? new Scope(false, Set.of(), caller.departments())
                : new Scope(false, caller.municipalities(), Set.of());
    }
}
