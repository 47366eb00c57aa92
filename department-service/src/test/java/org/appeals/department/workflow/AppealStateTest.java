package org.appeals.department.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.appeals.department.workflow.AppealState.*;

import java.util.EnumSet;
import java.util.Set;
import org.appeals.contracts.AnswerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AppealStateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ASSIGNED, IN_PROGRESS", "IN_PROGRESS, ANSWERED", "ANSWERED, NOTIFIED", "ASSIGNED, ANSWERED",
            "ASSIGNED, REDIRECTED", "IN_PROGRESS, REDIRECTED", "REDIRECTED, ASSIGNED", "ASSIGNED, ASSIGNED"})
    void allowsTheMovesOfTheWorkflow(AppealState from, AppealState to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @Test
    void refusesEveryOtherMove() {
        Set<String> allowed = Set.of("ASSIGNED>IN_PROGRESS", "IN_PROGRESS>ANSWERED", "ANSWERED>NOTIFIED",
                "ASSIGNED>ANSWERED", "ASSIGNED>REDIRECTED", "IN_PROGRESS>REDIRECTED", "REDIRECTED>ASSIGNED",
                "ASSIGNED>ASSIGNED");
        for (AppealState from : values()) {
            for (AppealState to : values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(from + ">" + to));
            }
        }
    }

    @Test
    void anotherAnswerAfterTheFinalOneIsAnIllegalTransition() {
        assertThatThrownBy(() -> ANSWERED.moveTo(AppealState.after(AnswerKind.FINAL)))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> {
                    var illegal = (IllegalTransitionException) e;
                    assertThat(illegal.from()).isEqualTo(ANSWERED);
                    assertThat(illegal.to()).isEqualTo(ANSWERED);
                });
    }

    @Test
    void eachAnswerKindLeadsToItsState() {
        assertThat(AppealState.after(AnswerKind.INTERIM)).isEqualTo(IN_PROGRESS);
        assertThat(AppealState.after(AnswerKind.FINAL)).isEqualTo(ANSWERED);
        assertThat(AppealState.after(AnswerKind.REDIRECT)).isEqualTo(REDIRECTED);
    }

    @ParameterizedTest
    @EnumSource(value = AppealState.class, names = {"ASSIGNED", "REDIRECTED"})
    void anAppealNotYetAnsweredOrRedirectedMayBeAssignedAgain(AppealState state) {
        assertThat(AppealState.acceptsAssignment(state)).isTrue();
    }

    @Test
    void anAppealInNoInboxYetMayBeAssignedButAnAnsweredOneStaysWhereItIs() {
        assertThat(AppealState.acceptsAssignment(null)).isTrue();
        for (AppealState state : EnumSet.of(IN_PROGRESS, ANSWERED, NOTIFIED)) {
            assertThat(AppealState.acceptsAssignment(state)).as(state.name()).isFalse();
        }
    }

    @Test
    void aNotifiedAppealIsTheEndOfTheLine() {
        for (AppealState to : values()) {
            assertThatThrownBy(() -> NOTIFIED.moveTo(to)).isInstanceOf(IllegalTransitionException.class);
        }
    }
}
