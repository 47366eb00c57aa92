package org.appeals.department.answer;

import java.time.Instant;
import java.util.List;
import org.appeals.department.appeal.AppealStore;
import org.appeals.department.appeal.PendingAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Republishes answers whose event never reached the broker (the broker was away, or the service stopped between
 * storing and publishing). Young answers are left alone: their request may still be publishing them.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final AppealStore store;
    private final AnswerPublisher publisher;
    private final AnswerProperties properties;

    OutboxRelay(AppealStore store, AnswerPublisher publisher, AnswerProperties properties) {
        this.store = store;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${appeals.department.answers.relay-interval:10s}",
            initialDelayString = "${appeals.department.answers.relay-interval:10s}")
    void relay() {
        Instant cutoff = Instant.now().minus(properties.relayGrace());
        List<PendingAnswer> pending = store.unpublishedBefore(cutoff, properties.relayBatchSize());
        for (PendingAnswer p : pending) {
            try {
                publisher.publish(p.appealId(), p.answer());
                log.info("relayed answer {} of appeal {}", p.answer().answerId(), p.appealId());
            } catch (RuntimeException e) {
                // the broker is most likely still away: the rest waits for the next round
                log.warn("relay could not publish answer {}: {}", p.answer().answerId(), e.getMessage());
                return;
            }
        }
    }
}
