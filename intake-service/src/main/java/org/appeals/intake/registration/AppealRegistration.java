package org.appeals.intake.registration;

import java.time.Clock;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.outbox.ReceivedOutbox;
import org.springframework.stereotype.Service;

/**
 * Registers an appeal once per channel and external id. The appeal and its event are stored first (the outbox),
 * then published; an appeal the broker did not take stays queued for the relay, so it is accepted all the same.
 */
@Service
class AppealRegistration {

    private final Appeals appeals;
    private final AppealHistories histories;
    private final ReceivedOutbox outbox;
    private final RegistrationMetrics metrics;
    private final Clock clock;

    AppealRegistration(Appeals appeals, AppealHistories histories, ReceivedOutbox outbox,
                       RegistrationMetrics metrics, Clock clock) {
        this.appeals = appeals;
        this.histories = histories;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    Registered register(NewAppeal appeal) {
        AppealReceived event = appeal.toEvent(UUID.randomUUID(), UUID.randomUUID(), clock.instant());
        Appeals.Stored stored = appeals.store(event);
        if (!stored.created()) {
            metrics.duplicate(appeal.channel());
            return new Registered(stored.appealId(), statusOf(stored.appealId()));
        }
        metrics.received(appeal.channel());
        outbox.publish(event);
        return new Registered(event.appealId(), AppealStatus.RECEIVED);
    }

    private AppealStatus statusOf(UUID appealId) {
        return histories.find(appealId).map(AppealHistory::status).orElse(AppealStatus.RECEIVED);
    }
}
