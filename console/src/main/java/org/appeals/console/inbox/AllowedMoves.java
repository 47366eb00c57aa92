package org.appeals.console.inbox;

import java.util.EnumSet;
import java.util.Set;
import org.appeals.contracts.WorkflowState;

/**
 * The department's moves each state allows, as department-service's {@code StateMachine} table has them (its API
 * does not list them per appeal): the card offers only these, and the service still refuses the rest with 409.
 */
final class AllowedMoves {

    private AllowedMoves() {
    }

    static Set<Move> in(String state) {
        WorkflowState known = WorkflowStates.parse(state);
        if (known == null) {
            return Set.of();
        }
        return switch (known) {
            // nobody has taken it (again) into work: accepting is a reaction of its own
            case ASSIGNED, REOPENED, RETURNED_FOR_REWORK -> EnumSet.allOf(Move.class);
            case IN_PROGRESS -> EnumSet.of(Move.INTERIM, Move.QUESTION, Move.ANSWER, Move.REDIRECT);
            // the resident's reply may never come: the department may still answer or hand it on
            case AWAITING_CLARIFICATION -> EnumSet.of(Move.ANSWER, Move.REDIRECT);
            case IN_REVIEW, ANSWERED, NOTIFIED, CLOSED, REDIRECTED -> Set.of();
        };
    }
}
