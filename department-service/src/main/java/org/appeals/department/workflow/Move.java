package org.appeals.department.workflow;

import java.util.UUID;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;

/** A move that was stored: the appeal went {@code from} → {@code to} by {@code step}. */
public record Move(UUID appealId, WorkflowState from, WorkflowState to, WorkflowStep step) {
}
