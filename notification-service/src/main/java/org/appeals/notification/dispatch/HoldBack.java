package org.appeals.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Why a delivery may not go yet: its reply address is unknown, an earlier answer is still on its way, or its
 * channel's circuit is open.
 */
@Component
class HoldBack {

    private static final Logger log = LoggerFactory.getLogger(HoldBack.class);
    private static final int POLLS_BEHIND_EARLIER_ANSWER = 5;

    private final Deliveries deliveries;
    private final DeliveryClaims claims;
    private final ReplyAddresses addresses;
    private final WorkerProperties worker;
    private final Clock clock;

    HoldBack(Deliveries deliveries, DeliveryClaims claims, ReplyAddresses addresses, WorkerProperties worker,
             Clock clock) {
        this.deliveries = deliveries;
        this.claims = claims;
        this.addresses = addresses;
        this.worker = worker;
        this.clock = clock;
    }

    /** Parks the delivery until appeals.received for its appeal is consumed (or the next recheck). */
    void untilAddressKnown(Delivery claimed) {
        claims.awaitAddress(claimed, clock.instant().plus(worker.addressRecheck()));
        // appeals.received may have come while this delivery was claimed, when the wake-up had to leave it alone
        if (addresses.find(claimed.appealId()).isPresent()) {
            deliveries.wakeAwaitingAddress(claimed.appealId(), clock.instant());
        } else {
            log.debug("delivery {} waits for the reply address of appeal {}", claimed.id(), claimed.appealId());
        }
    }

    /** Puts the delivery back, not as an attempt, until its channel's open circuit lets a call through. */
    void untilCircuitLets(Delivery claimed, Instant retryAt) {
        claims.release(claimed, retryAt);
        log.debug("delivery {} waits for the circuit of {} until {}", claimed.id(), claimed.channel(), retryAt);
    }

    /** True, and the delivery put back for a while, if an earlier answer to the appeal is not through yet. */
    boolean behindEarlierAnswer(Delivery claimed) {
        if (!deliveries.hasEarlierUnfinished(claimed)) {
            return false;
        }
        // a final answer must not overtake the interim one still being retried
        claims.release(claimed, clock.instant().plus(worker.pollInterval().multipliedBy(POLLS_BEHIND_EARLIER_ANSWER)));
        return true;
    }
}
