package org.appeals.bench.console;

import java.util.Locale;
import org.appeals.contracts.Topics;

/**
 * What became of the appeals submitted so far, counted on the broker from where the topics stood when seeding began:
 * registered by intake ({@code appeals.received}), refused by it ({@code appeals.submitted.dlt}), placed by routing
 * ({@code appeals.assigned}: a department or triage), and the records the services have still to handle.
 */
final class SeedProgress {

    private final PipelineOffsets offsets;
    private final long receivedBefore;
    private final long refusedBefore;
    private final long assignedBefore;
    private final long startNanos = System.nanoTime();
    private volatile long submitted;

    SeedProgress(PipelineOffsets offsets) {
        this.offsets = offsets;
        this.receivedBefore = offsets.records(Topics.APPEALS_RECEIVED);
        this.refusedBefore = offsets.records(Topics.deadLetter(Topics.APPEALS_SUBMITTED));
        this.assignedBefore = offsets.records(Topics.APPEALS_ASSIGNED);
    }

    void submitted(long count) {
        submitted = count;
    }

    Figures figures() {
        return new Figures(submitted, offsets.records(Topics.APPEALS_RECEIVED) - receivedBefore,
                offsets.records(Topics.deadLetter(Topics.APPEALS_SUBMITTED)) - refusedBefore,
                offsets.records(Topics.APPEALS_ASSIGNED) - assignedBefore, offsets.lag(),
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** One look at the counts, {@code seconds} after seeding began. */
    record Figures(long submitted, long registered, long refused, long placed, long lag, double seconds) {

        /** Registered or refused: intake has decided on them. */
        long handled() {
            return registered + refused;
        }

        boolean sameAs(Figures other) {
            return registered == other.registered && refused == other.refused && placed == other.placed
                    && lag == other.lag;
        }

        double placedPerSecond() {
            return seconds <= 0 ? 0 : placed / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f s: submitted %,d; registered %,d; refused %,d; placed %,d "
                            + "(%.1f appeals/s); records waiting in the services %,d", seconds, submitted, registered,
                    refused, placed, placedPerSecond(), lag);
        }
    }
}
