package org.appeals.routing.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.appeals.contracts.AppealReceived;

/**
 * When an appeal was received, as routing stores it (a BSON date, the order of triage). Intake refuses a
 * {@code receivedAt} outside 2000-01-01 .. now + 1 day; an older or foreign producer may still send one, and a year a
 * BSON date cannot hold ({@code Date.from} overflows past year ±292 million) would dead-letter an appeal that intake
 * had accepted. Such an appeal is routed all the same, ordered by when intake registered it, else when we saw it.
 */
final class ReceivedTime {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private ReceivedTime() {
    }

    static Instant of(AppealReceived event, Instant now) {
        Instant chosen = plausible(event.receivedAt(), now) ? event.receivedAt()
                : plausible(event.occurredAt(), now) ? event.occurredAt() : now;
        return chosen.truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean plausible(Instant instant, Instant now) {
        return instant != null && !instant.isBefore(EARLIEST) && !instant.isAfter(now.plus(CLOCK_SKEW));
    }
}
