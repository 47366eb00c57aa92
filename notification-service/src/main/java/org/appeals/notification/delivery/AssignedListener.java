package org.appeals.notification.delivery;

import static org.appeals.support.kafka.InvalidEventException.require;

import java.time.Clock;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Channel;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.Topics;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.render.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells the resident which department their appeal went to. Appeals left to triage get nothing yet: the operator's
 * placement is another appeals.assigned. When the address is not known yet, the notice waits for it like an answer
 * does, and the sender drops it then if the channel turns out to take no notices.
 */
@Component
class AssignedListener {

    private static final Logger log = LoggerFactory.getLogger(AssignedListener.class);

    private final Deliveries deliveries;
    private final ReplyAddresses addresses;
    private final NoticesProperties notices;
    private final Clock clock;

    AssignedListener(Deliveries deliveries, ReplyAddresses addresses, NoticesProperties notices, Clock clock) {
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.notices = notices;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.APPEALS_ASSIGNED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAssigned")
    void on(AppealAssigned assigned) {
        require(assigned.eventId(), "eventId");
        require(assigned.appealId(), "appealId");
        require(assigned.outcome(), "outcome");
        if (assigned.outcome() != RoutingOutcome.ASSIGNED) {
            return;
        }
        Channel channel = addresses.find(assigned.appealId()).map(ReplyAddress::channel).orElse(null);
        if (channel != null && !notices.enabledFor(channel)) {
            return;
        }
        Delivery notice = Delivery.notice(DeliveryIds.forNotice(Notice.ASSIGNED, assigned.eventId()),
                assigned.appealId(), Notice.ASSIGNED, assigned.departmentName(), channel, clock.instant());
        if (deliveries.create(notice)) {
            log.info("assignment notice {} of appeal {} queued ({})", notice.id(), assigned.appealId(), notice.state());
        }
    }
}
