package org.appeals.routing.redirect;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Topics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes appeals.answered, bound to routing's own view of the event; only redirects concern routing. */
@Component
@EnableConfigurationProperties(RedirectProperties.class)
class AnsweredListener {

    private final Redirects redirects;

    AnsweredListener(Redirects redirects) {
        this.redirects = redirects;
    }

    @KafkaListener(topics = Topics.APPEALS_ANSWERED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAnswered")
    void on(AppealAnswered event) {
        if (require(event.kind(), "kind") != AnswerKind.REDIRECT) {
            return;
        }
        require(event.appealId(), "appealId");
        require(event.eventId(), "eventId");
        require(event.departmentId(), "departmentId");
        redirects.declined(event);
    }
}
