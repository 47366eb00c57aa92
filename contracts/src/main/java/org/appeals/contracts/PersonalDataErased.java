package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake removed the resident's name, contacts and reply address from an appeal; every service that keeps a copy of
 * them for that appeal removes its copy too. Carries no personal data itself.
 */
public record PersonalDataErased(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        ErasureReason reason) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;
}
