package org.appeals.department.appeal;

import static org.appeals.department.appeal.AppealState.*;
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

class AppealStateTest {

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
    void theLifecycleMovesAStateByAStepToExactlyOneNextState(AppealState from, WorkflowStep step, AppealState to) {
        assertThat(from.allows(step)).isTrue();
        assertThat(from.next(step)).isEqualTo(to);
    }

    @Test
    void aSecondFinalAnswerIsRefused() {
        assertThatThrownBy(() -> ANSWERED.next(WorkflowStep.ANSWER_FINAL))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("ANSWERED").hasMessageContaining("ANSWER_FINAL");
    }

    @Test
    void anAnswerWaitingForReviewCanOnlyBeApprovedOrReturned() {
        Set<WorkflowStep> allowed = EnumSet.noneOf(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            if (IN_REVIEW.allows(step)) {
                allowed.add(step);
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(WorkflowStep.APPROVE, WorkflowStep.RETURN_FOR_REWORK);
    }

    @Test
    void nobodyApprovesWhatWasNotSubmittedForReview() {
        for (AppealState state : AppealState.values()) {
            assertThat(state.allows(WorkflowStep.APPROVE)).as(state.name()).isEqualTo(state == IN_REVIEW);
        }
    }

    @Test
    void aClosedAppealOnlyReopens() {
        for (WorkflowStep step : WorkflowStep.values()) {
            assertThat(CLOSED.allows(step)).as(step.name()).isEqualTo(step == WorkflowStep.REOPEN);
        }
    }

    @Test
    void onlyAFreshOrRedirectedAppealTakesANewAssignment() {
        assertThat(acceptsAssignment(null)).isTrue();
        for (AppealState state : AppealState.values()) {
            assertThat(acceptsAssignment(state)).as(state.name()).isEqualTo(state == ASSIGNED || state == REDIRECTED);
        }
    }

    @Test
    void theFirstReactionClockRunsOnlyUntilSomebodyReacts() {
        assertThat(EnumSet.allOf(AppealState.class).stream().filter(AppealState::awaitsFirstReaction))
                .containsExactlyInAnyOrder(ASSIGNED, REOPENED);
        assertThat(IN_REVIEW.owesAnswer()).as("the operators hold it, not the department").isFalse();
        assertThat(AWAITING_CLARIFICATION.owesAnswer()).as("the resident holds it").isFalse();
    }

    @ParameterizedTest
    @EnumSource(AppealState.class)
    void everyStateIsAStateOfTheContract(AppealState state) {
        assertThat(state.toContract()).isEqualTo(WorkflowState.valueOf(state.name()));
    }

    @Test
    void everyStateOfTheContractExistsHere() {
        for (WorkflowState state : WorkflowState.values()) {
            assertThat(AppealState.valueOf(state.name())).isNotNull();
        }
    }
}
