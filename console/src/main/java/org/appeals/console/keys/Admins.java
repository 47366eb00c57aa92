package org.appeals.console.keys;

import org.appeals.console.layout.Me;
import org.appeals.console.platform.PlatformProblem;

/** Keys are the admins' alone; others get the console's «Нет доступа» page, as the gateway would answer 403. */
final class Admins {

    private Admins() {
    }

    static void require(Me me) {
        if (me == null || !me.isAdmin()) {
            throw new PlatformProblem(403, null);
        }
    }
}
