package org.appeals.routing.learning;

import java.time.Instant;

/**
 * A labelled example as the store holds it: {@code storedAt} is the store's own clock at the last write, one clock
 * for all instances, so each instance can follow what the others stored.
 */
public record StoredExample(LabelledExample example, Instant storedAt) {
}
