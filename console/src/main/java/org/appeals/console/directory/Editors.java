package org.appeals.console.directory;

import org.appeals.console.layout.Me;
import org.appeals.console.platform.PlatformProblem;

/**
 * Who may change routing and read its audit: the regional centre (ЦУР) and admins, since a change applies to the
 * whole region. The pages only offer it to them; routing checks every call again.
 */
final class Editors {

    private Editors() {
    }

    static boolean may(Me me) {
        return me != null && (me.isRegionalStaff() || me.isAdmin());
    }

    /** Refuses the others with the same 403 page the API's answer would give. */
    static void require(Me me) {
        if (!may(me)) {
            throw new PlatformProblem(403, null);
        }
    }
}
