package org.appeals.support.kafka;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Failures of the infrastructure rather than of the record: the database or the broker away for a while. Dead-lettering
 * on them would park perfectly good appeals, so the consumer keeps retrying them (the partition waits) until the
 * infrastructure is back.
 */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof PublishFailedException || cause instanceof RetriableException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
