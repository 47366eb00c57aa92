package org.appeals.intake.registration;

import java.util.UUID;
import org.appeals.intake.appeal.AppealStatus;

/** The answer to a post: which appeal holds it and where that appeal stands. */
public record Registered(UUID appealId, AppealStatus status) {
}
