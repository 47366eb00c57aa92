package org.appeals.department.incident;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Actor;

/** An operator's judgement that an appeal is another problem than its incident: who split it out, and when. */
public record Split(UUID appealId, Actor by, Instant at) {
}
