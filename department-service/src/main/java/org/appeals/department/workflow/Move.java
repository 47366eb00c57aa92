package org.appeals.department.workflow;

import java.util.UUID;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.AppealState;

/** A move that was stored: the appeal went {@code from} → {@code to} by {@code step}. */
public record Move(UUID appealId, AppealState from, AppealState to, WorkflowStep step) {
}
