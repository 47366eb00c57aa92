package org.appeals.intake.registration;

import java.util.UUID;
import org.appeals.intake.appeal.AppealStatus;

/**
 * The answer to a post: which appeal holds it, the number residents quote (null for an appeal registered before
 * numbers existed), the access code that opens its public status page with that number, and where that appeal stands.
 */
public record Registered(UUID appealId, String registrationNumber, String accessCode, AppealStatus status) {
}
