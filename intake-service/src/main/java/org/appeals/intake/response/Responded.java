package org.appeals.intake.response;

import java.util.UUID;
import org.appeals.intake.appeal.AppealStatus;

/** The answer to a response: the appeal it belongs to, where that appeal stands, and the response's id. */
public record Responded(UUID appealId, AppealStatus status, UUID responseId) {
}
