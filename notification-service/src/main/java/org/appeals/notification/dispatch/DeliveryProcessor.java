package org.appeals.notification.dispatch;

import org.appeals.contracts.OutboundReply;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.delivery.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Takes one claimed delivery one step further: hold it back, send it, or announce how it ended. */
@Component
class DeliveryProcessor {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);

    private final ReplyAddresses addresses;
    private final HoldBack holdBack;
    private final ReplyComposer composer;
    private final ChannelHandOff handOff;
    private final OutcomeRecorder outcomes;
    private final NotifiedPublisher notified;

    DeliveryProcessor(ReplyAddresses addresses, HoldBack holdBack, ReplyComposer composer, ChannelHandOff handOff,
                      OutcomeRecorder outcomes, NotifiedPublisher notified) {
        this.addresses = addresses;
        this.holdBack = holdBack;
        this.composer = composer;
        this.handOff = handOff;
        this.outcomes = outcomes;
        this.notified = notified;
    }

    void process(Delivery claimed) {
        if (claimed.state().isFinal()) {
            notified.announce(claimed); // ended before, but its AppealNotified did not get out
            return;
        }
        addresses.find(claimed.appealId()).ifPresentOrElse(address -> send(claimed, address),
                () -> holdBack.untilAddressKnown(claimed));
    }

    private void send(Delivery claimed, ReplyAddress address) {
        if (holdBack.behindEarlierAnswer(claimed)) {
            return;
        }
        OutboundReply reply = composer.compose(claimed, address);
        handOff.handOff(claimed, reply).ifPresentOrElse(
                attempt -> outcomes.record(claimed, reply.channel(), attempt),
                () -> log.warn("delivery {} was taken over by another worker", claimed.id()));
    }
}
