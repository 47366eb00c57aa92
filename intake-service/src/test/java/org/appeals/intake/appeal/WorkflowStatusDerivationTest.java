package org.appeals.intake.appeal;

import static org.appeals.intake.support.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Category;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.support.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status once the department's workflow reports on an appeal: the department is the authority. */
class WorkflowStatusDerivationTest {

    private final UUID appealId = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(WorkflowState.class)
    void everyWorkflowStateIsAStatusOfTheSameName(WorkflowState state) {
        var history = history(Events.assigned(appealId, at(1)), moved(WorkflowState.ASSIGNED, state, at(2)));

        assertThat(history.status().name()).isEqualTo(state.name());
    }

    @Test
    void aFinalAnswerWaitingForReviewStaysInReviewWhateverTheAnswerImplies() {
        var history = history(Events.assigned(appealId, at(1)),
                moved(WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW, at(2)),
                Events.answered(appealId, AnswerKind.FINAL, at(3)));

        assertThat(history.status()).isEqualTo(AppealStatus.IN_REVIEW);
    }

    @Test
    void theLatestMoveWinsInWhateverOrderTheMovesArrive() {
        List<AppealEvent> events = new ArrayList<>(List.of(Events.assigned(appealId, at(1)),
                moved(WorkflowState.ASSIGNED, WorkflowState.IN_PROGRESS, at(2)),
                moved(WorkflowState.IN_PROGRESS, WorkflowState.AWAITING_CLARIFICATION, at(3)),
                Events.answered(appealId, AnswerKind.CLARIFICATION, at(3)),
                moved(WorkflowState.AWAITING_CLARIFICATION, WorkflowState.IN_PROGRESS, at(5)),
                Events.answered(appealId, AnswerKind.FINAL, at(6))));
        Random random = new Random(4);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(events, random);

            assertThat(new AppealHistory(appealId, Events.received(appealId, T0), events).status())
                    .isEqualTo(AppealStatus.IN_PROGRESS);
        }
    }

    @Test
    void aDeliveredFinalAnswerWaitsForTheWorkflowButAFailedDeliveryShows() {
        var answered = List.<AppealEvent>of(Events.assigned(appealId, at(1)),
                moved(WorkflowState.IN_PROGRESS, WorkflowState.ANSWERED, at(2)),
                Events.answered(appealId, AnswerKind.FINAL, at(2)));

        assertThat(history(answered, Events.notified(appealId, AnswerKind.FINAL, DeliveryOutcome.DELIVERED, at(3)))
                .status()).isEqualTo(AppealStatus.ANSWERED);
        assertThat(history(answered, Events.notified(appealId, AnswerKind.FINAL, DeliveryOutcome.FAILED, at(3)))
                .status()).isEqualTo(AppealStatus.DELIVERY_FAILED);
    }

    @Test
    void routingPlacingARedirectedAppealAgainMovesItOnBeforeTheNewDepartmentReports() {
        var history = history(Events.assigned(appealId, at(1)),
                moved(WorkflowState.ASSIGNED, WorkflowState.REDIRECTED, at(2)),
                Events.placed(appealId, at(3), RoutingMethod.REDIRECT, Category.WASTE, Municipality.MIKHAILOVKA,
                        "region-waste", "Региональный оператор"));

        assertThat(history.status()).isEqualTo(AppealStatus.ASSIGNED);
    }

    @Test
    void withoutWorkflowEventsAQuestionToTheResidentAwaitsClarification() {
        var history = history(Events.assigned(appealId, at(1)), Events.answered(appealId, AnswerKind.CLARIFICATION, at(2)));

        assertThat(history.status()).isEqualTo(AppealStatus.AWAITING_CLARIFICATION);
    }

    @Test
    void theResidentsResponseLeavesTheStatusToTheDepartment() {
        var history = history(Events.assigned(appealId, at(1)),
                moved(WorkflowState.NOTIFIED, WorkflowState.NOTIFIED, at(2)), Events.feedback(appealId, 2, false, at(3)));

        assertThat(history.status()).isEqualTo(AppealStatus.NOTIFIED);
    }

    @Test
    void theDepartmentsNewDeadlinesReplaceRoutingsAndAMoveWithoutDeadlinesKeepsThem() {
        var reopened = new Deadlines(at(100), at(10_000));
        var history = history(Events.assigned(appealId, at(1)),
                Events.movedWith(appealId, WorkflowState.REOPENED, reopened, null, at(2)),
                moved(WorkflowState.REOPENED, WorkflowState.IN_PROGRESS, at(3)));

        assertThat(history.deadlines()).contains(reopened);
        assertThat(history(Events.assigned(appealId, at(1))).deadlines().orElseThrow().firstReactionDue())
                .isEqualTo(at(1).plusSeconds(9 * 3600));
    }

    @Test
    void theIncidentIsTheOneOfTheLatestMove() {
        UUID incident = UUID.randomUUID();
        var linked = history(Events.movedWith(appealId, WorkflowState.IN_PROGRESS, null, incident, at(2)));
        var unlinked = history(Events.movedWith(appealId, WorkflowState.IN_PROGRESS, null, incident, at(2)),
                Events.movedWith(appealId, WorkflowState.IN_PROGRESS, null, null, at(3)));

        assertThat(linked.incidentId()).contains(incident);
        assertThat(unlinked.incidentId()).isEmpty();
    }

    @Test
    void missedDeadlinesAreListedInTheOrderTheyWereFlagged() {
        var answer = Events.overdue(appealId, DeadlineKind.ANSWER, at(50), at(51));
        var firstReaction = Events.overdue(appealId, DeadlineKind.FIRST_REACTION, at(10), at(11));

        var history = history(answer, Events.assigned(appealId, at(1)), firstReaction);

        assertThat(history.overdue()).containsExactly(firstReaction, answer);
        assertThat(history.status()).isEqualTo(AppealStatus.ASSIGNED);
    }

    private AppealEvent moved(WorkflowState from, WorkflowState to, Instant at) {
        return Events.moved(appealId, from, to, WorkflowStep.ACCEPT, at);
    }

    private AppealHistory history(List<AppealEvent> events, AppealEvent last) {
        List<AppealEvent> all = new ArrayList<>(events);
        all.add(last);
        return new AppealHistory(appealId, Events.received(appealId, T0), all);
    }

    private AppealHistory history(AppealEvent... events) {
        return new AppealHistory(appealId, Events.received(appealId, T0), List.of(events));
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
