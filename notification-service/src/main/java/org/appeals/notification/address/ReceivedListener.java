package org.appeals.notification.address;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Remembers each registered appeal's reply address; the offset is committed only after it is stored. */
@Component
class ReceivedListener {

    private static final Logger log = LoggerFactory.getLogger(ReceivedListener.class);

    private final ReplyAddresses addresses;
    private final ApplicationEventPublisher events;

    ReceivedListener(ReplyAddresses addresses, ApplicationEventPublisher events) {
        this.addresses = addresses;
        this.events = events;
    }

    @KafkaListener(topics = Topics.APPEALS_RECEIVED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealReceived")
    void on(AppealReceived received) {
        require(received.appealId(), "appealId");
        require(received.channel(), "channel");
        Author author = received.author();
        boolean stored = addresses.remember(new ReplyAddress(received.appealId(), received.channel(),
                received.replyTo(), author == null ? null : author.name(), received.externalId(),
                received.registrationNumber(), received.accessCode(), null));
        if (!stored) {
            log.info("appeal {} registered after its personal data was erased: its reply address is not kept",
                    received.appealId());
            return;
        }
        events.publishEvent(new ReplyAddressKnown(received.appealId()));
        log.debug("reply address of appeal {} ({}) remembered", received.appealId(), received.channel());
    }
}
