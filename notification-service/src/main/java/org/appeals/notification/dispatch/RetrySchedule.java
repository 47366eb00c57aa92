package org.appeals.notification.dispatch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Exponential back-off with jitter between webhook attempts, capped, and how many attempts a delivery gets. */
class RetrySchedule {

    private final RetryProperties retry;
    private final DoubleSupplier random;

    RetrySchedule(RetryProperties retry) {
        this(retry, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} gives numbers in [0, 1). */
    RetrySchedule(RetryProperties retry, DoubleSupplier random) {
        this.retry = retry;
        this.random = random;
    }

    /** The pause after {@code failedAttempts} attempts have failed (1 for the first failure), never above the maximum. */
    Duration delayAfter(int failedAttempts) {
        double millis = retry.initialInterval().toMillis() * Math.pow(retry.multiplier(), Math.max(0, failedAttempts - 1));
        double capped = Math.min(millis, retry.maxInterval().toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - retry.jitter() * random.getAsDouble())));
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
