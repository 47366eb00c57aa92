package org.appeals.department.workflow;

/** A move the workflow does not allow, such as a second final answer. */
public class IllegalTransitionException extends RuntimeException {

    private final AppealState from;
    private final AppealState to;

    public IllegalTransitionException(AppealState from, AppealState to) {
        super("an appeal in state " + from + " cannot move to " + to);
        this.from = from;
        this.to = to;
    }

    public AppealState from() {
        return from;
    }

    public AppealState to() {
        return to;
    }
}
