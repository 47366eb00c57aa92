package org.appeals.notification.dispatch;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The back-off between webhook attempts, and how many attempts a delivery gets: Resilience4j's capped exponential
 * {@link IntervalFunction}, shortened by the jitter share. The jitter only shortens (Resilience4j's own randomizes
 * both ways), so a pause never exceeds {@code max-interval}.
 */
class RetrySchedule {

    private final RetryProperties retry;
    private final IntervalFunction backOff;
    private final DoubleSupplier random;

    RetrySchedule(RetryProperties retry) {
        this(retry, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} gives numbers in [0, 1). */
    RetrySchedule(RetryProperties retry, DoubleSupplier random) {
        this.retry = retry;
        this.backOff = IntervalFunction.ofExponentialBackoff(retry.initialInterval(), retry.multiplier(),
                retry.maxInterval());
        this.random = random;
    }

    /** The pause after {@code failedAttempts} attempts have failed (1 for the first failure), never above the maximum. */
    Duration delayAfter(int failedAttempts) {
        long capped = backOff.apply(Math.max(1, failedAttempts));
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
