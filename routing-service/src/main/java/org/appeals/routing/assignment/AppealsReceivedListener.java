package org.appeals.routing.assignment;

import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes appeals.received, bound to routing's own view of the event; the offset is committed after routing returns. */
@Component
class AppealsReceivedListener {

    private final AutoRouting routing;

    AppealsReceivedListener(AutoRouting routing) {
        this.routing = routing;
    }

    @KafkaListener(topics = Topics.APPEALS_RECEIVED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealReceived")
    void on(AppealReceived event) {
        routing.route(event);
    }
}
