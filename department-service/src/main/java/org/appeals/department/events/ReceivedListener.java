package org.appeals.department.events;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the department must read of each registered appeal. The author and the reply address are dropped
 * here: departments answer through the platform.
 */
@Component
class ReceivedListener {

    private static final Logger log = LoggerFactory.getLogger(ReceivedListener.class);

    private final ContentStore contents;
    private final Appeals appeals;
    private final ObjectProvider<IncidentHook> incidents;

    ReceivedListener(ContentStore contents, Appeals appeals, ObjectProvider<IncidentHook> incidents) {
        this.contents = contents;
        this.appeals = appeals;
        this.incidents = incidents;
    }

    @KafkaListener(topics = Topics.APPEALS_RECEIVED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealReceived")
    void on(AppealReceived event) {
        require(event.eventId(), "eventId");
        require(event.appealId(), "appealId");
        if (contents.recordContent(event.appealId(), event.eventId(), Content.of(event))) {
            log.debug("content of appeal {} stored ({})", event.appealId(), event.channel());
            // the text and place may arrive after the assignment: grouping looks again with them
            if (appeals.find(event.appealId()).map(a -> a.state() != null).orElse(false)) {
                incidents.ifAvailable(hook -> hook.placed(event.appealId()));
            }
        } else {
            log.debug("event {} of appeal {} was applied before", event.eventId(), event.appealId());
        }
    }
}
