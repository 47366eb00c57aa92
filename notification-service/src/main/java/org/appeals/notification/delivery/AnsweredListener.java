package org.appeals.notification.delivery;

import static org.appeals.support.kafka.InvalidEventException.require;

import java.time.Clock;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.support.kafka.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Turns each interim or final answer, and each question a department asks the resident (a clarification), into one
 * stored delivery and returns: sending is the workers' job, so a slow channel never holds up this consumer. Redirects
 * are between departments and not for the resident.
 */
@Component
class AnsweredListener {

    private static final Logger log = LoggerFactory.getLogger(AnsweredListener.class);

    private final Deliveries deliveries;
    private final ReplyAddresses addresses;
    private final Clock clock;

    AnsweredListener(Deliveries deliveries, ReplyAddresses addresses, Clock clock) {
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.APPEALS_ANSWERED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAnswered")
    void on(AppealAnswered answer, @Header(KafkaHeaders.OFFSET) long offset) {
        validate(answer);
        if (answer.kind() == AnswerKind.REDIRECT) {
            log.debug("answer {} of appeal {} is a redirect: nothing for the resident", answer.answerId(), answer.appealId());
            return;
        }
        Channel channel = addresses.find(answer.appealId()).map(ReplyAddress::channel).orElse(null);
        Delivery delivery = Delivery.of(answer, offset, channel, clock.instant());
        if (deliveries.create(delivery)) {
            log.info("delivery {} of {} answer {} to appeal {} queued ({})", delivery.id(), answer.kind(),
                    answer.answerId(), answer.appealId(), delivery.state());
        } else {
            log.info("answer event {} seen before: delivery {} already exists", answer.eventId(), delivery.id());
        }
    }

    private static void validate(AppealAnswered answer) {
        require(answer.eventId(), "eventId");
        require(answer.appealId(), "appealId");
        require(answer.answerId(), "answerId");
        require(answer.kind(), "kind");
        if (answer.kind() != AnswerKind.REDIRECT && (answer.text() == null || answer.text().isBlank())) {
            throw new InvalidEventException("event has no text");
        }
    }
}
