package org.appeals.department.appeal;

import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;

/** A move the workflow does not allow, such as a second final answer. */
public class IllegalTransitionException extends RuntimeException {

    private final WorkflowState from;
    private final WorkflowStep step;

    public IllegalTransitionException(WorkflowState from, WorkflowStep step) {
        super("an appeal in state " + from + " does not allow " + step);
        this.from = from;
        this.step = step;
    }

    public WorkflowState from() {
        return from;
    }

    public WorkflowStep step() {
        return step;
    }
}
