package org.appeals.department.appeal;

import java.time.Instant;
import org.appeals.contracts.DeadlineKind;

/** A deadline that passed unmet, flagged once when the sweep noticed it. */
public record OverdueFlag(DeadlineKind deadline, Instant dueAt, Instant flaggedAt) {
}
