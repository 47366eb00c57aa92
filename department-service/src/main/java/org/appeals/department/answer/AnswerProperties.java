package org.appeals.department.answer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Answers and their outbox relay.
 *
 * @param maxTextLength longest answer or redirect reason, in characters
 * @param relayInterval pause between the relay's looks for unpublished answers
 * @param relayGrace age below which an unpublished answer is left to the request still publishing it
 * @param relayBatchSize appeals the relay handles in one look
 */
@ConfigurationProperties("appeals.department.answers")
record AnswerProperties(Integer maxTextLength, Duration relayInterval, Duration relayGrace, Integer relayBatchSize) {

    AnswerProperties {
        maxTextLength = maxTextLength == null ? 10_000 : maxTextLength;
        relayInterval = relayInterval == null ? Duration.ofSeconds(10) : relayInterval;
        relayGrace = relayGrace == null ? Duration.ofSeconds(30) : relayGrace;
        relayBatchSize = relayBatchSize == null ? 100 : relayBatchSize;
    }
}
