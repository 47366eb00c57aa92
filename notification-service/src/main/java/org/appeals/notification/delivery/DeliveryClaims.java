package org.appeals.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.appeals.contracts.Channel;

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

    /** Records the last attempt and the outcome; the claim stays held until {@link #markNotified}. */
    Optional<Delivery> finish(Delivery claimed, Attempt last, DeliveryState outcome, String detail, Instant now);

    /** Ends a status notice the channel does not take, without an attempt and without an announcement. */
    boolean skip(Delivery claimed, Instant now);

    /** The outcome is published: the delivery is never due again. */
    boolean markNotified(Delivery claimed);

    /** Gives the delivery up, due again at {@code dueAt}. */
    void release(Delivery claimed, Instant dueAt);
}
