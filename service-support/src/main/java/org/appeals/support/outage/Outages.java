package org.appeals.support.outage;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import java.time.Duration;
import org.springframework.util.ClassUtils;
import org.appeals.support.kafka.PublishFailedException;

/**
 * Failures of the infrastructure rather than of the request or the record: MongoDB unreachable, too slow, without a
 * primary or without a majority, the broker not acknowledging. The same request or record succeeds once the part is
 * back, so HTTP answers 503 with {@code Retry-After} and consumers retry instead of dead-lettering.
 */
public final class Outages {

    /** What a refused caller is told to wait: a store or broker restart takes seconds, not milliseconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    // looked up by name: the gateway uses this class without the Kafka client on its classpath
    private static final Class<?> KAFKA_RETRIABLE = kafkaRetriable();

    private Outages() {
    }

    /** True if the failure, or anything that caused it, is an outage. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isOutageItself(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable cause) {
        return cause instanceof MongoSocketException // unreachable, reset, or no answer within the socket timeout
                || cause instanceof MongoTimeoutException // no server selectable, or no pooled connection in time
                || cause instanceof MongoConnectionPoolClearedException
                || cause instanceof MongoExecutionTimeoutException
                || cause instanceof MongoWriteConcernException // no majority within wtimeout
                || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
                || cause instanceof MongoException mongo && mongo.hasErrorLabel("RetryableWriteError")
                || cause instanceof PublishFailedException
                || KAFKA_RETRIABLE != null && KAFKA_RETRIABLE.isInstance(cause); // Kafka's timeouts, leader changes
    }

    private static Class<?> kafkaRetriable() {
        String name = "org.apache.kafka.common.errors.RetriableException";
        ClassLoader loader = Outages.class.getClassLoader();
        return ClassUtils.isPresent(name, loader) ? ClassUtils.resolveClassName(name, loader) : null;
    }
}
