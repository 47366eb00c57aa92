package org.appeals.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aDatabaseAwayBehindTheListenerWrapperIsRetriedUntilItIsBack() {
        var away = new ListenerExecutionFailedException("listener failed",
                new MongoSocketReadException("connection reset", new ServerAddress("127.0.0.1", 27017)));

        assertThat(TransientFailures.isTransient(away)).isTrue();
    }

    @Test
    void aBrokerThatDidNotAcknowledgeIsRetriedUntilItIsBack() {
        assertThat(TransientFailures.isTransient(new PublishFailedException("no ack", null))).isTrue();
    }

    @Test
    void aBadRecordIsNotTransient() {
        var invalid = new ListenerExecutionFailedException("listener failed", new InvalidEventException("event has no text"));

        assertThat(TransientFailures.isTransient(invalid)).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
