package org.appeals.notification.delivery;

import java.time.Clock;
import org.appeals.notification.address.ReplyAddressKnown;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sends replies that waited for their address as soon as it is known, rather than at their next recheck. */
@Component
class AddressWakeUp {

    private final Deliveries deliveries;
    private final Clock clock;

    AddressWakeUp(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    // after RegisteredNotices, so the registration notice is queued before what waited wakes up
    @EventListener
    @Order(2)
    void on(ReplyAddressKnown known) {
        deliveries.wakeAwaitingAddress(known.appealId(), clock.instant());
    }
}
