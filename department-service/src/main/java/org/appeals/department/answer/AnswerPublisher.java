package org.appeals.department.answer;

import java.util.UUID;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.AppealStore;
import org.appeals.department.appeal.Answer;
import org.appeals.support.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes an answer's event and then clears its outbox flag. The event id was fixed when the answer was stored,
 * so a republished answer is the same event and consumers, idempotent by event id, apply it once.
 */
@Component
class AnswerPublisher {

    private static final Logger log = LoggerFactory.getLogger(AnswerPublisher.class);

    private final EventPublisher events;
    private final AppealStore store;

    AnswerPublisher(EventPublisher events, AppealStore store) {
        this.events = events;
        this.store = store;
    }

    /** Publishes right away; a failure is logged and left to the relay, the answer is stored already. */
    void publishNow(UUID appealId, Answer answer) {
        try {
            publish(appealId, answer);
        } catch (RuntimeException e) {
            log.warn("answer {} of appeal {} not published yet, the relay will retry: {}", answer.answerId(),
                    appealId, e.getMessage());
        }
    }

    /** Publishes durably and marks the answer published; throws if the broker does not acknowledge. */
    void publish(UUID appealId, Answer answer) {
        events.publishDurably(Topics.APPEALS_ANSWERED, event(appealId, answer));
        store.markPublished(appealId, answer.answerId());
    }

    static AppealAnswered event(UUID appealId, Answer answer) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, answer.eventId(), appealId, answer.answeredAt(),
                answer.answerId(), answer.departmentId(), answer.departmentName(), answer.kind(), answer.text());
    }
}
