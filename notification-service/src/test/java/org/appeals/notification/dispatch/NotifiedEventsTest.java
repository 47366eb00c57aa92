package org.appeals.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Topics;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.AttemptResult;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryIds;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.notification.render.Notice;
import org.appeals.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** What the write that ends a delivery stores for appeals.notified. */
class NotifiedEventsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void aDeliveredAnswerIsAnnouncedUnderTheDeliverysEventIdWithTheAttemptItEndedWith() {
        Delivery claimed = answer(0, List.of(failed()));

        List<OutboxEvent> events = NotifiedEvents.ending(claimed, Channel.VK, DeliveryState.DELIVERED, "webhook 200", NOW);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.topic()).isEqualTo(Topics.APPEALS_NOTIFIED);
            assertThat(event.eventId()).isEqualTo(DeliveryIds.notifiedEvent(claimed.id(), 0));
            assertThat(event.createdAt()).isEqualTo(NOW);
            assertThat(event.event()).isEqualTo(new AppealNotified(AppealNotified.SCHEMA_VERSION,
                    DeliveryIds.notifiedEvent(claimed.id()), claimed.appealId(), NOW, claimed.id(), claimed.answerId(),
                    Channel.VK, AnswerKind.FINAL, DeliveryOutcome.DELIVERED, 2, "webhook 200"));
        });
    }

    @Test
    void aParkedAnswerIsAnnouncedFailedAndAResentRoundUnderAnEventIdOfItsOwn() {
        Delivery resent = answer(1, List.of());

        AppealNotified parked = (AppealNotified) NotifiedEvents.ending(resent, Channel.WEB, DeliveryState.PARKED,
                "webhook 503 after 1 attempts", NOW).get(0).event();

        assertThat(parked.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(parked.eventId()).isEqualTo(DeliveryIds.notifiedEvent(resent.id(), 1))
                .isNotEqualTo(DeliveryIds.notifiedEvent(resent.id()));
    }

    @Test
    void aStatusNoticeIsAnnouncedToNobody() {
        Delivery notice = Delivery.notice(UUID.randomUUID(), UUID.randomUUID(), Notice.REGISTERED, null, Channel.VK, NOW);

        assertThat(NotifiedEvents.ending(notice, Channel.VK, DeliveryState.DELIVERED, "webhook 200", NOW)).isEmpty();
    }

    private static Delivery answer(int resends, List<Attempt> attempts) {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), 7, UUID.randomUUID(), AnswerKind.FINAL, null,
                "Отдел дорожного хозяйства", "Яму заделали.", null, null, DeliveryState.PENDING, attempts, true, null,
                NOW.minusSeconds(60), null, "claim-1", resends, null, List.of());
    }

    private static Attempt failed() {
        return new Attempt(NOW.minusSeconds(30), AttemptResult.FAILURE, "webhook 503");
    }
}
