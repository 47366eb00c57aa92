package org.appeals.notification.delivery;

import java.time.Instant;
import org.appeals.contracts.Actor;

/** One re-send of a parked delivery: who asked for it (person or machine, and the role it acted in) and when. */
public record Resend(Actor actor, Instant at) {
}
