package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/** What every event about an appeal carries; {@link #appealId()} is also the Kafka record key. */
public interface AppealEvent {

    int schemaVersion();

    UUID eventId();

    UUID appealId();

    Instant occurredAt();
}
