package org.appeals.notification.dispatch;

import org.appeals.contracts.Channel;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.channel.ChannelMessage;
import org.appeals.notification.circuit.ChannelCircuits;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.NoticesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Takes one claimed delivery one step further: hold it back, skip it, or send it. */
@Component
class DeliveryProcessor {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);

    private final ReplyAddresses addresses;
    private final HoldBack holdBack;
    private final ReplyComposer composer;
    private final ChannelHandOff handOff;
    private final OutcomeRecorder outcomes;
    private final ChannelCircuits circuits;
    private final NoticesProperties notices;

    DeliveryProcessor(ReplyAddresses addresses, HoldBack holdBack, ReplyComposer composer, ChannelHandOff handOff,
                      OutcomeRecorder outcomes, ChannelCircuits circuits, NoticesProperties notices) {
        this.addresses = addresses;
        this.holdBack = holdBack;
        this.composer = composer;
        this.handOff = handOff;
        this.outcomes = outcomes;
        this.circuits = circuits;
        this.notices = notices;
    }

    void process(Delivery claimed) {
        addresses.find(claimed.appealId()).ifPresentOrElse(address -> send(claimed, address),
                () -> holdBack.untilAddressKnown(claimed));
    }

    private void send(Delivery claimed, ReplyAddress address) {
        if (address.erased()) {
            outcomes.undeliverable(claimed, address.channel(), "no reply address: the resident's personal data was "
                    + "erased (" + address.erasedFor() + ")");
            return;
        }
        if (claimed.notice() != null && !notices.enabledFor(address.channel())) {
            outcomes.skip(claimed); // a notice queued before its address showed a channel that takes none
            return;
        }
        if (holdBack.behindEarlierAnswer(claimed)) {
            return;
        }
        Channel channel = address.channel();
        if (!circuits.tryAcquire(channel)) {
            holdBack.untilCircuitLets(claimed, circuits.retryAt(channel));
            return;
        }
        ChannelMessage message = composer.compose(claimed, address);
        Attempt attempt;
        try {
            attempt = handOff.handOff(claimed, message).orElse(null);
        } catch (RuntimeException e) {
            circuits.abandoned(channel);
            throw e;
        }
        if (attempt == null) {
            circuits.abandoned(channel);
            log.warn("delivery {} was taken over by another worker", claimed.id());
            return;
        }
        if (attempt.succeeded()) {
            circuits.succeeded(channel);
        } else {
            circuits.failed(channel);
        }
        outcomes.record(claimed, channel, attempt);
    }
}
