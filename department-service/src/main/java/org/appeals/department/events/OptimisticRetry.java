package org.appeals.department.events;

import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Repeats a read-decide-write step that lost a race against another writer of the same appeal. Giving up throws,
 * which hands the record to the listener's error handler (retries with back-off, then the dead-letter topic).
 */
final class OptimisticRetry {

    private static final int ATTEMPTS = 5;

    private OptimisticRetry() {
    }

    /** Runs {@code step} until it reports done. */
    static void until(UUID appealId, BooleanSupplier step) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (step.getAsBoolean()) {
                return;
            }
        }
        throw new IllegalStateException("appeal " + appealId + " kept changing; giving up for now");
    }
}
