package org.appeals.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appeals.contracts.Channel;
import org.appeals.support.outbox.OutboxEvent;

/**
 * How workers move deliveries on. A worker claims a due delivery for a lease; every change after that applies only
 * while the worker still holds that claim, and answers whether it did.
 */
public interface DeliveryClaims {

    /**
     * Takes the delivery due longest, if any, away from every other worker for {@code lease}; deliveries to the
     * {@code blocked} channels (circuit open, or as many in flight as one channel may have) stay where they are.
     */
    Optional<Delivery> claimDue(Instant now, Duration lease, Set<Channel> blocked);

    boolean awaitAddress(Delivery claimed, Instant recheckAt);

    boolean markOutboundPublished(Delivery claimed, Channel channel);

    boolean retryLater(Delivery claimed, Attempt failed, Instant dueAt);

    /**
     * Records the last attempt and the outcome and lets the delivery go for good, never due again; its
     * {@code announcements} are stored in the same write, so an ended delivery's AppealNotified may be late but is
     * never lost. Empty if another worker holds the delivery by now (nothing is stored then).
     */
    Optional<Delivery> finish(Delivery claimed, Attempt last, DeliveryState outcome, String detail, Instant now,
                              List<OutboxEvent> announcements);

    /**
     * Publishes the announcements {@link #finish} stored and takes them out of the delivery; needs no claim. False,
     * never an exception, if the broker did not take them: the outbox relay publishes them later.
     */
    boolean announce(Delivery finished, List<OutboxEvent> announcements);

    /** Ends a status notice the channel does not take, without an attempt and without an announcement. */
    default boolean skip(Delivery claimed, Instant now) {
        return skip(claimed, now, "the channel takes no " + claimed.notice() + " notices");
    }

    /** Ends a status notice that is not to be sent, saying why, without an attempt and without an announcement. */
    boolean skip(Delivery claimed, Instant now, String detail);

    /** Gives the delivery up, due again at {@code dueAt}. */
    void release(Delivery claimed, Instant dueAt);
}
