package org.appeals.department.appeal;

import java.util.UUID;

/** An answer whose event has not been acknowledged by the broker yet, with the appeal it belongs to. */
public record PendingAnswer(UUID appealId, Answer answer) {
}
