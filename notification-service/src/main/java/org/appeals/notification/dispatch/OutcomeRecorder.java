package org.appeals.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.AttemptResult;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.support.outbox.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what an attempt means for its delivery: delivered, retried after a back-off, or parked after the last
 * attempt, where operators find it and may send it again. The write that ends a delivery stores its AppealNotified
 * too; it is published right after, or by the outbox relay if the broker does not take it now.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final DeliveryClaims claims;
    private final RetrySchedule schedule;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    OutcomeRecorder(DeliveryClaims claims, RetrySchedule schedule, DeliveryMetrics metrics, Clock clock) {
        this.claims = claims;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
    }

    void record(Delivery claimed, Channel channel, Attempt attempt) {
        int attempts = claimed.attemptCount() + 1;
        if (attempt.succeeded()) {
            finish(claimed, channel, attempt, DeliveryState.DELIVERED, attempt.detail());
        } else if (schedule.exhausted(attempts)) {
            finish(claimed, channel, attempt, DeliveryState.PARKED, attempt.detail() + " after " + attempts + " attempts");
        } else {
            var delay = schedule.delayAfter(attempts);
            claims.retryLater(claimed, attempt, clock.instant().plus(delay));
            log.info("delivery {} attempt {} failed ({}), next in {}", claimed.id(), attempts, attempt.detail(), delay);
        }
    }

    /** Ends a status notice the channel takes none of. */
    void skip(Delivery claimed) {
        if (claims.skip(claimed, clock.instant())) {
            log.info("{} notice {} skipped: {} takes none", claimed.notice(), claimed.id(), claimed.channel());
        }
    }

    /**
     * Ends a delivery that has nowhere to go because the resident's personal data was erased: a notice is skipped, an
     * answer fails at once (parked, announced FAILED) with {@code detail} as the reason, and nothing is sent.
     */
    void undeliverable(Delivery claimed, Channel channel, String detail) {
        if (claimed.notice() != null) {
            if (claims.skip(claimed, clock.instant(), detail)) {
                log.info("{} notice {} not sent: {}", claimed.notice(), claimed.id(), detail);
            }
            return;
        }
        finish(claimed, channel, new Attempt(clock.instant(), AttemptResult.FAILURE, detail), DeliveryState.PARKED,
                detail);
    }

    private void finish(Delivery claimed, Channel channel, Attempt last, DeliveryState outcome, String detail) {
        Instant now = clock.instant();
        List<OutboxEvent> announcements = NotifiedEvents.ending(claimed, channel, outcome, detail, now);
        claims.finish(claimed, last, outcome, detail, now, announcements).ifPresentOrElse(finished -> {
            metrics.ended(channel, outcome, finished.attemptCount());
            if (outcome == DeliveryState.PARKED) {
                log.warn("delivery {} of appeal {} parked for an operator: {}", finished.id(), finished.appealId(), detail);
            } else {
                log.info("delivery {} of appeal {} {}: {}", finished.id(), finished.appealId(), outcome, detail);
            }
            claims.announce(finished, announcements);
        }, () -> log.warn("delivery {} was taken over by another worker before it ended", claimed.id()));
    }
}
