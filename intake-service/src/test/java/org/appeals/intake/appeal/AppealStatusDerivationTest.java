package org.appeals.intake.appeal;

import static org.appeals.intake.support.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Category;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.intake.support.Events;
import org.junit.jupiter.api.Test;

class AppealStatusDerivationTest {

    private final UUID appealId = UUID.randomUUID();

    @Test
    void aRegisteredAppealNobodyPlacedYetIsReceived() {
        assertThat(history().status()).isEqualTo(AppealStatus.RECEIVED);
    }

    @Test
    void routingsDecisionMakesItAssignedOrTriage() {
        assertThat(history(Events.assigned(appealId, at(1))).status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(history(Events.triage(appealId, at(1))).status()).isEqualTo(AppealStatus.TRIAGE);
    }

    @Test
    void eachKindOfAnswerHasItsStatus() {
        assertThat(afterAnswer(AnswerKind.INTERIM)).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(afterAnswer(AnswerKind.FINAL)).isEqualTo(AppealStatus.ANSWERED);
        assertThat(afterAnswer(AnswerKind.REDIRECT)).isEqualTo(AppealStatus.REDIRECTED);
    }

    @Test
    void theFinalAnswersDeliveryDecidesBetweenNotifiedAndDeliveryFailed() {
        assertThat(afterFinalDelivery(DeliveryOutcome.DELIVERED)).isEqualTo(AppealStatus.NOTIFIED);
        assertThat(afterFinalDelivery(DeliveryOutcome.FAILED)).isEqualTo(AppealStatus.DELIVERY_FAILED);
    }

    @Test
    void deliveringAnInterimAnswerLeavesTheAppealInProgress() {
        var history = history(Events.assigned(appealId, at(1)), Events.answered(appealId, AnswerKind.INTERIM, at(2)),
                Events.notified(appealId, AnswerKind.INTERIM, DeliveryOutcome.DELIVERED, at(3)));

        assertThat(history.status()).isEqualTo(AppealStatus.IN_PROGRESS);
    }

    @Test
    void anAppealRedirectedAndPlacedAgainIsAssignedToItsNewDepartment() {
        var history = history(Events.assigned(appealId, at(1)), Events.answered(appealId, AnswerKind.REDIRECT, at(2)),
                Events.placed(appealId, at(3), RoutingMethod.REDIRECT, Category.WASTE, Municipality.MIKHAILOVKA,
                        "region-waste", "Региональный оператор"));

        assertThat(history.status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(history.latestAssignment().orElseThrow().departmentId()).isEqualTo("region-waste");
    }

    @Test
    void eventsArrivingInAnyOrderAcrossTopicsGiveTheSameStatusAndPlacement() {
        List<AppealEvent> events = new ArrayList<>(List.of(
                Events.assigned(appealId, at(1)), Events.answered(appealId, AnswerKind.INTERIM, at(2)),
                Events.answered(appealId, AnswerKind.FINAL, at(3)),
                Events.notified(appealId, AnswerKind.FINAL, DeliveryOutcome.DELIVERED, at(4))));
        Random random = new Random(34);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(events, random);
            var history = new AppealHistory(appealId, Events.received(appealId, T0), events);

            assertThat(history.status()).isEqualTo(AppealStatus.NOTIFIED);
            assertThat(history.timeline()).extracting(AppealEvent::occurredAt)
                    .containsExactly(T0, at(1), at(2), at(3), at(4));
        }
    }

    @Test
    void theRoutingDecisionInForceIsTheLastMadeNotTheLastArrived() {
        var later = Events.placed(appealId, at(5), RoutingMethod.OPERATOR, Category.HOUSING, Municipality.VOLZHSKY,
                "volzhsky-housing", "ЖКХ Волжского");
        var history = history(later, Events.assigned(appealId, at(1)));

        assertThat(history.latestAssignment().orElseThrow().departmentId()).isEqualTo("volzhsky-housing");
    }

    @Test
    void theRegistrationComesFirstEvenWhenAnotherServicesClockIsBehind() {
        var history = history(Events.assigned(appealId, T0.minusSeconds(2)));

        assertThat(history.timeline().get(0)).isEqualTo(history.received());
        assertThat(history.status()).isEqualTo(AppealStatus.ASSIGNED);
    }

    @Test
    void eventsAtTheSameInstantFollowTheLifecycle() {
        var history = history(Events.answered(appealId, AnswerKind.FINAL, at(1)), Events.assigned(appealId, at(1)));

        assertThat(history.status()).isEqualTo(AppealStatus.ANSWERED);
    }

    @Test
    void eventsWithoutTheRegistrationStillGiveAStatus() {
        var history = new AppealHistory(appealId, null, List.of(Events.triage(appealId, at(1))));

        assertThat(history.status()).isEqualTo(AppealStatus.TRIAGE);
        assertThat(history.channel()).isEmpty();
    }

    private AppealStatus afterAnswer(AnswerKind kind) {
        return history(Events.assigned(appealId, at(1)), Events.answered(appealId, kind, at(2))).status();
    }

    private AppealStatus afterFinalDelivery(DeliveryOutcome outcome) {
        return history(Events.assigned(appealId, at(1)), Events.answered(appealId, AnswerKind.FINAL, at(2)),
                Events.notified(appealId, AnswerKind.FINAL, outcome, at(3))).status();
    }

    private AppealHistory history(AppealEvent... events) {
        return new AppealHistory(appealId, Events.received(appealId, T0), List.of(events));
    }

    private static java.time.Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
