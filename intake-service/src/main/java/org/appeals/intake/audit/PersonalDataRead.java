package org.appeals.intake.audit;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Actor;

/**
 * A staff member (or admin) read an appeal's personal data: the resident's name, contacts, location; or an admin
 * exported or erased it on the resident's request ({@code action}).
 */
public record PersonalDataRead(UUID appealId, Actor actor, Instant at, PersonalDataAction action) {
}
