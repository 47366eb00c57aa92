package org.appeals.support.outage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.WriteConcernError;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.appeals.support.kafka.InvalidEventException;
import org.appeals.support.kafka.PublishFailedException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class OutagesTest {

    private static final ServerAddress STORE = new ServerAddress("127.0.0.1", 27017);

    @Test
    void aDatabaseAwayBehindTheListenerWrapperIsAnOutage() {
        var away = new ListenerExecutionFailedException("listener failed",
                new MongoSocketReadException("connection reset", STORE));

        assertThat(Outages.isOutage(away)).isTrue();
    }

    @Test
    void noSelectableServerAndNoMajorityInTimeAreOutages() {
        var noMajority = new MongoWriteConcernException(
                new WriteConcernError(64, "WriteConcernTimeout", "waiting for replication timed out", new BsonDocument()),
                STORE);

        assertThat(Outages.isOutage(new MongoTimeoutException("no server within 1500 ms"))).isTrue();
        assertThat(Outages.isOutage(noMajority)).isTrue();
    }

    @Test
    void aBrokerThatDidNotAcknowledgeIsAnOutageAlsoWrapped() {
        assertThat(Outages.isOutage(new PublishFailedException("no ack", null))).isTrue();
        assertThat(Outages.isOutage(new CompletionException(new TimeoutException("metadata not in 1000 ms")))).isTrue();
    }

    @Test
    void aBadRecordOrABugIsNotAnOutage() {
        var invalid = new ListenerExecutionFailedException("listener failed", new InvalidEventException("event has no text"));

        assertThat(Outages.isOutage(invalid)).isFalse();
        assertThat(Outages.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
