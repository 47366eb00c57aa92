package org.appeals.department.appeal;

import static org.appeals.contracts.WorkflowState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StateMachineTest {

    @ParameterizedTest
    @CsvSource({
            "ASSIGNED, ACCEPT, IN_PROGRESS",
            "ASSIGNED, ANSWER_INTERIM, IN_PROGRESS",
            "ASSIGNED, ASK_CLARIFICATION, AWAITING_CLARIFICATION",
            "ASSIGNED, SUBMIT_FOR_REVIEW, IN_REVIEW",
            "ASSIGNED, ANSWER_FINAL, ANSWERED",
            "ASSIGNED, REDIRECT, REDIRECTED",
            "ASSIGNED, ASSIGN, ASSIGNED",
            "IN_PROGRESS, ANSWER_INTERIM, IN_PROGRESS",
            "IN_PROGRESS, SUBMIT_FOR_REVIEW, IN_REVIEW",
            "AWAITING_CLARIFICATION, RECEIVE_CLARIFICATION, IN_PROGRESS",
            "IN_REVIEW, APPROVE, ANSWERED",
            "IN_REVIEW, RETURN_FOR_REWORK, RETURNED_FOR_REWORK",
            "RETURNED_FOR_REWORK, SUBMIT_FOR_REVIEW, IN_REVIEW",
            "ANSWERED, NOTIFY, NOTIFIED",
            "NOTIFIED, CONFIRM_SOLVED, CLOSED",
            "NOTIFIED, CLOSE, CLOSED",
            "NOTIFIED, REOPEN, REOPENED",
            "CLOSED, REOPEN, REOPENED",
            "REOPENED, ACCEPT, IN_PROGRESS",
            "REOPENED, ANSWER_FINAL, ANSWERED",
            "REDIRECTED, ASSIGN, ASSIGNED"})
    void theLifecycleMovesAStateByAStepToExactlyOneNextState(WorkflowState from, WorkflowStep step, WorkflowState to) {
        assertThat(StateMachine.allows(from, step)).isTrue();
        assertThat(StateMachine.next(from, step)).isEqualTo(to);
    }

    @Test
    void aSecondFinalAnswerIsRefused() {
        assertThatThrownBy(() -> StateMachine.next(ANSWERED, WorkflowStep.ANSWER_FINAL))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("ANSWERED").hasMessageContaining("ANSWER_FINAL");
    }

    @Test
    void anAnswerWaitingForReviewCanOnlyBeApprovedOrReturned() {
        Set<WorkflowStep> allowed = EnumSet.noneOf(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            if (StateMachine.allows(IN_REVIEW, step)) {
                allowed.add(step);
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(WorkflowStep.APPROVE, WorkflowStep.RETURN_FOR_REWORK);
    }

    @Test
    void nobodyApprovesWhatWasNotSubmittedForReview() {
        for (WorkflowState state : WorkflowState.values()) {
            assertThat(StateMachine.allows(state, WorkflowStep.APPROVE)).as(state.name()).isEqualTo(state == IN_REVIEW);
        }
    }

    @Test
    void aClosedAppealOnlyReopens() {
        for (WorkflowStep step : WorkflowStep.values()) {
            assertThat(StateMachine.allows(CLOSED, step)).as(step.name()).isEqualTo(step == WorkflowStep.REOPEN);
        }
    }

    @Test
    void onlyAFreshOrRedirectedAppealTakesANewAssignment() {
        assertThat(StateMachine.acceptsAssignment(null)).isTrue();
        for (WorkflowState state : WorkflowState.values()) {
            assertThat(StateMachine.acceptsAssignment(state)).as(state.name()).isEqualTo(state == ASSIGNED || state == REDIRECTED);
        }
    }

    @Test
    void theFirstReactionClockRunsOnlyUntilSomebodyReacts() {
        assertThat(EnumSet.allOf(WorkflowState.class).stream().filter(StateMachine::awaitsFirstReaction))
                .containsExactlyInAnyOrder(ASSIGNED, REOPENED);
        assertThat(StateMachine.owesAnswer(IN_REVIEW)).as("the operators hold it, not the department").isFalse();
        assertThat(StateMachine.owesAnswer(AWAITING_CLARIFICATION)).as("the resident holds it").isFalse();
    }

    @Test
    void aPromiseEndsWithTheFinalAnswerARedirectOrANewRoundAndOutlivesTheOtherSteps() {
        assertThat(EnumSet.allOf(WorkflowStep.class).stream().filter(StateMachine::endsPromise))
                .containsExactlyInAnyOrder(WorkflowStep.ANSWER_FINAL, WorkflowStep.SUBMIT_FOR_REVIEW,
                        WorkflowStep.REDIRECT, WorkflowStep.ASSIGN, WorkflowStep.REOPEN);
    }

    @ParameterizedTest
    @EnumSource(WorkflowState.class)
    void noStateOfTheContractIsADeadEnd(WorkflowState state) {
        // nothing may be a dead end by accident: CLOSED reopens, REDIRECTED waits for routing to assign
        assertThat(EnumSet.allOf(WorkflowStep.class).stream().anyMatch(step -> StateMachine.allows(state, step)))
                .as(state.name()).isTrue();
    }
}
