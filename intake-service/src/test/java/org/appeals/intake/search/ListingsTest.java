package org.appeals.intake.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.support.Events;
import org.junit.jupiter.api.Test;

class ListingsTest {

    private static final UUID APPEAL = UUID.randomUUID();
    private static final Instant T0 = Events.T0;

    @Test
    void anAppealNotRegisteredHereIsNotListed() {
        assertThat(Listings.of(new AppealHistory(APPEAL, null, List.of(Events.assigned(APPEAL, T0))))).isEmpty();
    }

    @Test
    void aPlacedAppealIsListedWithItsPlacementStemsAndTheFirstReactionDue() {
        var assigned = Events.assigned(APPEAL, T0.plusSeconds(60));

        ListedAppeal listed = listed(assigned);

        assertThat(listed.status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(listed.municipality().name()).isEqualTo("MIKHAILOVKA");
        assertThat(listed.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(listed.stems()).contains("ям", "улиц").doesNotContain("в", "на");
        assertThat(listed.excerpt()).doesNotContain("Мария", "+79001234567");
        assertThat(listed.dueAt()).isEqualTo(assigned.deadlines().firstReactionDue());
        assertThat(listed.overdue()).isFalse();
        assertThat(listed.basis()).isEqualTo(2);
        assertThat(listed.number()).isEqualTo(APPEAL.toString().substring(0, 8));
    }

    @Test
    void onceAcceptedOnlyTheAnswerIsDueAndAFlaggedDeadlineMakesItOverdue() {
        Instant answerDue = T0.plusSeconds(86_400);
        ListedAppeal listed = listed(Events.assigned(APPEAL, T0),
                Events.movedWith(APPEAL, WorkflowState.IN_PROGRESS, new Deadlines(T0.plusSeconds(60), answerDue),
                        null, T0.plusSeconds(30)),
                Events.overdue(APPEAL, DeadlineKind.ANSWER, answerDue, answerDue.plusSeconds(1)));

        assertThat(listed.dueAt()).isEqualTo(answerDue);
        assertThat(listed.overdue()).isTrue();
    }

    @Test
    void aReopenedAppealStartsANewRoundAndAClosedOneIsNeverOverdue() {
        var flagged = Events.overdue(APPEAL, DeadlineKind.FIRST_REACTION, T0.plusSeconds(60), T0.plusSeconds(61));
        var reopened = Events.moved(APPEAL, WorkflowState.CLOSED, WorkflowState.REOPENED, WorkflowStep.REOPEN,
                T0.plusSeconds(120));
        var closed = Events.moved(APPEAL, WorkflowState.IN_PROGRESS, WorkflowState.CLOSED, WorkflowStep.CLOSE,
                T0.plusSeconds(120));

        assertThat(listed(Events.assigned(APPEAL, T0), flagged, reopened).overdue()).isFalse();
        assertThat(listed(Events.assigned(APPEAL, T0), flagged, reopened).status()).isEqualTo(AppealStatus.REOPENED);
        assertThat(listed(Events.assigned(APPEAL, T0), flagged).overdue()).isTrue();
        assertThat(listed(Events.assigned(APPEAL, T0), flagged, closed).overdue()).isFalse();
        assertThat(listed(Events.assigned(APPEAL, T0), flagged, closed).dueAt()).isNull();
    }

    @Test
    void inTriageNoDepartmentHoldsIt() {
        ListedAppeal listed = listed(Events.assigned(APPEAL, T0), Events.triage(APPEAL, T0.plusSeconds(10)));

        assertThat(listed.status()).isEqualTo(AppealStatus.TRIAGE);
        assertThat(listed.departmentId()).isNull();
    }

    private static ListedAppeal listed(AppealEvent... events) {
        return Listings.of(new AppealHistory(APPEAL, Events.received(APPEAL, T0.minusSeconds(5)), List.of(events)))
                .orElseThrow();
    }
}
