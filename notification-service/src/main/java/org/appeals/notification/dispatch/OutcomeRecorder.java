package org.appeals.notification.dispatch;

import java.time.Clock;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what an attempt means for its delivery: delivered, retried after a back-off, or parked after the last
 * attempt, where operators find it and may send it again.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final DeliveryClaims claims;
    private final RetrySchedule schedule;
    private final NotifiedPublisher notified;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    OutcomeRecorder(DeliveryClaims claims, RetrySchedule schedule, NotifiedPublisher notified,
                    DeliveryMetrics metrics, Clock clock) {
        this.claims = claims;
        this.schedule = schedule;
        this.notified = notified;
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

    private void finish(Delivery claimed, Channel channel, Attempt last, DeliveryState outcome, String detail) {
        claims.finish(claimed, last, outcome, detail, clock.instant()).ifPresentOrElse(finished -> {
            metrics.ended(channel, outcome, finished.attemptCount());
            if (outcome == DeliveryState.PARKED) {
                log.warn("delivery {} of appeal {} parked for an operator: {}", finished.id(), finished.appealId(), detail);
            } else {
                log.info("delivery {} of appeal {} {}: {}", finished.id(), finished.appealId(), outcome, detail);
            }
            notified.announce(finished);
        }, () -> log.warn("delivery {} was taken over by another worker before it ended", claimed.id()));
    }
}
