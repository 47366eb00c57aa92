package org.appeals.notification.dispatch;

import java.time.Duration;

/** Exponential back-off between webhook attempts, capped, and how many attempts a delivery gets. */
class RetrySchedule {

    private final RetryProperties retry;

    RetrySchedule(RetryProperties retry) {
        this.retry = retry;
    }

    /** The pause after {@code failedAttempts} attempts have failed (1 for the first failure). */
    Duration delayAfter(int failedAttempts) {
        double millis = retry.initialInterval().toMillis() * Math.pow(retry.multiplier(), Math.max(0, failedAttempts - 1));
        return millis >= retry.maxInterval().toMillis() ? retry.maxInterval() : Duration.ofMillis((long) millis);
    }

    /** Whether a delivery that has made {@code attempts} attempts gets no more. */
    boolean exhausted(int attempts) {
        return attempts >= retry.maxAttempts();
    }

    /** The pause before retrying after a passing failure of our own (broker or database away). */
    Duration afterInternalFailure() {
        return retry.initialInterval();
    }
}
