package org.appeals.routing.rules;

import java.time.Instant;
import java.util.Map;
import org.appeals.support.web.Role;

/** One recorded change: who (client id and role), when, what, and the thing before and after (null when absent). */
record AuditEntry(Instant at, String clientId, Role role, ChangeKind change, String target,
                  Map<String, Object> before, Map<String, Object> after) {
}
