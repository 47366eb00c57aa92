package org.appeals.department.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.appeal.Promise;
import org.junit.jupiter.api.Test;

/** Which deadlines run, which is next, which passed: the promised date among them. */
class NextDeadlineTest {

    private static final Instant GIVEN = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant PROMISED_DUE = Instant.parse("2026-12-03T20:59:59Z");
    private static final Deadlines DEADLINES = new Deadlines(Instant.parse("2026-12-01T15:00:00Z"),
            Instant.parse("2026-12-10T15:00:00Z"));
    private static final Promise PROMISE = new Promise(LocalDate.of(2026, 12, 3), PROMISED_DUE, UUID.randomUUID(),
            GIVEN);

    @Test
    void aPromiseDueBeforeTheAnswerIsTheNextDeadlineWhileTheAnswerIsOwed() {
        assertThat(NextDeadline.of(WorkflowState.IN_PROGRESS, DEADLINES, PROMISE, List.of())).isEqualTo(PROMISED_DUE);
        assertThat(NextDeadline.of(WorkflowState.IN_PROGRESS, DEADLINES, null, List.of()))
                .isEqualTo(DEADLINES.answerDue());
    }

    @Test
    void aPromiseRestsWhileTheDepartmentOwesNothing() {
        for (WorkflowState state : List.of(WorkflowState.AWAITING_CLARIFICATION, WorkflowState.IN_REVIEW,
                WorkflowState.ANSWERED, WorkflowState.CLOSED)) {
            assertThat(NextDeadline.of(state, DEADLINES, PROMISE, List.of())).as(state.name()).isNull();
            assertThat(NextDeadline.passed(state, DEADLINES, PROMISE, List.of(), PROMISED_DUE.plusSeconds(1)))
                    .as(state.name()).isEmpty();
        }
    }

    @Test
    void aMissedPromisePassesOnceAndThenTheAnswerIsNext() {
        Instant after = PROMISED_DUE.plusSeconds(1);
        assertThat(NextDeadline.passed(WorkflowState.IN_PROGRESS, DEADLINES, PROMISE, List.of(), PROMISED_DUE))
                .isEmpty();
        assertThat(NextDeadline.passed(WorkflowState.IN_PROGRESS, DEADLINES, PROMISE, List.of(), after))
                .containsExactly(DeadlineKind.PROMISED);

        List<OverdueFlag> flagged = List.of(new OverdueFlag(DeadlineKind.PROMISED, PROMISED_DUE, after));

        assertThat(NextDeadline.passed(WorkflowState.IN_PROGRESS, DEADLINES, PROMISE, flagged, after)).isEmpty();
        assertThat(NextDeadline.of(WorkflowState.IN_PROGRESS, DEADLINES, PROMISE, flagged))
                .isEqualTo(DEADLINES.answerDue());
    }

    @Test
    void aLaterPromiseRunsAfreshDespiteTheFlagOfTheOneItReplaced() {
        Instant missedAt = PROMISED_DUE.plusSeconds(60);
        List<OverdueFlag> flagged = List.of(new OverdueFlag(DeadlineKind.PROMISED, PROMISED_DUE, missedAt));
        Instant newDue = Instant.parse("2026-12-05T20:59:59Z");
        Promise renewed = new Promise(LocalDate.of(2026, 12, 5), newDue, UUID.randomUUID(), missedAt.plusSeconds(60));

        assertThat(NextDeadline.of(WorkflowState.IN_PROGRESS, DEADLINES, renewed, flagged)).isEqualTo(newDue);
        assertThat(NextDeadline.passed(WorkflowState.IN_PROGRESS, DEADLINES, renewed, flagged, newDue.plusSeconds(1)))
                .containsExactly(DeadlineKind.PROMISED);
    }

    @Test
    void everyDeadlinePassedIsNamedWithItsDueTime() {
        Instant late = Instant.parse("2026-12-11T00:00:00Z");
        assertThat(NextDeadline.passed(WorkflowState.ASSIGNED, DEADLINES, PROMISE, List.of(), late))
                .containsExactly(DeadlineKind.FIRST_REACTION, DeadlineKind.ANSWER, DeadlineKind.PROMISED);
        assertThat(NextDeadline.dueAt(DEADLINES, PROMISE, DeadlineKind.PROMISED)).isEqualTo(PROMISED_DUE);
        assertThat(NextDeadline.dueAt(DEADLINES, null, DeadlineKind.PROMISED)).isNull();
        assertThat(NextDeadline.dueAt(DEADLINES, PROMISE, DeadlineKind.ANSWER)).isEqualTo(DEADLINES.answerDue());
    }
}
