package org.appeals.console.inbox;

import static org.appeals.console.inbox.Move.ACCEPT;
import static org.appeals.console.inbox.Move.ANSWER;
import static org.appeals.console.inbox.Move.INTERIM;
import static org.appeals.console.inbox.Move.QUESTION;
import static org.appeals.console.inbox.Move.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The card offers what department-service's StateMachine allows the department in each state, and nothing else. */
class AllowedMovesTest {

    @Test
    void aFreshAppealAllowsEveryMoveIncludingAccept() {
        assertThat(AllowedMoves.in("ASSIGNED")).containsExactlyInAnyOrder(ACCEPT, INTERIM, QUESTION, ANSWER, REDIRECT);
    }

    @Test
    void anAppealInWorkIsNotAcceptedAgain() {
        assertThat(AllowedMoves.in("IN_PROGRESS")).containsExactlyInAnyOrder(INTERIM, QUESTION, ANSWER, REDIRECT);
    }

    @Test
    void aReturnedAnswerIsReworkedLikeAFreshAppeal() {
        assertThat(AllowedMoves.in("RETURNED_FOR_REWORK"))
                .containsExactlyInAnyOrder(ACCEPT, INTERIM, QUESTION, ANSWER, REDIRECT);
    }

    @Test
    void aReopenedAppealIsWorkedLikeAFreshOne() {
        assertThat(AllowedMoves.in("REOPENED")).containsExactlyInAnyOrder(ACCEPT, INTERIM, QUESTION, ANSWER, REDIRECT);
    }

    @Test
    void waitingForTheResidentAllowsOnlyAFinalAnswerOrARedirect() {
        assertThat(AllowedMoves.in("AWAITING_CLARIFICATION")).containsExactlyInAnyOrder(ANSWER, REDIRECT);
    }

    @Test
    void anAnswerUnderReviewWaitsForTheOperators() {
        assertThat(AllowedMoves.in("IN_REVIEW")).isEmpty();
    }

    @Test
    void anApprovedAnswerLeavesNothingToDo() {
        assertThat(AllowedMoves.in("ANSWERED")).isEmpty();
    }

    @Test
    void aDeliveredAnswerLeavesNothingToDo() {
        assertThat(AllowedMoves.in("NOTIFIED")).isEmpty();
    }

    @Test
    void aClosedAppealLeavesNothingToDo() {
        assertThat(AllowedMoves.in("CLOSED")).isEmpty();
    }

    @Test
    void aRedirectedAppealIsRoutingsNow() {
        assertThat(AllowedMoves.in("REDIRECTED")).isEmpty();
    }

    @Test
    void anUnknownOrMissingStateOffersNothing() {
        assertThat(AllowedMoves.in("SOMETHING_NEW")).isEmpty();
        assertThat(AllowedMoves.in(null)).isEmpty();
    }
}
