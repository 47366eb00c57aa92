package org.appeals.routing.rules;

import java.time.Instant;
import java.util.Map;
import org.appeals.contracts.Actor;

/** One recorded change: who (id and role), when, what, and the thing before and after (null when absent). */
record AuditEntry(Instant at, Actor actor, ChangeKind change, String target, Map<String, Object> before,
                  Map<String, Object> after) {
}
