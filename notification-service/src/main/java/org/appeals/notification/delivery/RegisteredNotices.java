package org.appeals.notification.delivery;

import java.time.Clock;
import org.appeals.notification.address.ReplyAddressKnown;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.render.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the resident their appeal's number once appeals.received is stored. It runs inside the listener of that
 * topic, so the offset is committed only after the notice is stored; its id is the appeal's, so a replay adds none.
 */
@Component
class RegisteredNotices {

    private static final Logger log = LoggerFactory.getLogger(RegisteredNotices.class);

    private final Deliveries deliveries;
    private final ReplyAddresses addresses;
    private final NoticesProperties notices;
    private final Clock clock;

    RegisteredNotices(Deliveries deliveries, ReplyAddresses addresses, NoticesProperties notices, Clock clock) {
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.notices = notices;
        this.clock = clock;
    }

    // before AddressWakeUp: the registration notice exists before the notices that waited for the address wake up
    @EventListener
    @Order(1)
    void on(ReplyAddressKnown known) {
        // an appeal whose personal data was erased gets no notice: there is nobody to send it to
        addresses.find(known.appealId()).filter(address -> !address.erased() && notices.enabledFor(address.channel()))
                .ifPresent(address -> {
            Delivery notice = Delivery.notice(DeliveryIds.forNotice(Notice.REGISTERED, known.appealId()),
                    known.appealId(), Notice.REGISTERED, null, address.channel(), clock.instant());
            if (deliveries.create(notice)) {
                log.info("registration notice {} of appeal {} queued ({})", notice.id(), known.appealId(),
                        address.channel());
            }
        });
    }
}
