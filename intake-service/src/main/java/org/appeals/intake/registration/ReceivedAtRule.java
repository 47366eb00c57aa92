package org.appeals.intake.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When the channel says the resident wrote. {@code Instant.parse} takes any year up to ±1 000 000 000, but routing and
 * department store the instant as a BSON date ({@code Date.from} overflows past year ±292 million) and add windows
 * and working days to it, so an absurd year would be accepted here and dead-lettered there. The platform started
 * taking appeals long after 2000, so anything earlier is a channel's bug (an epoch of 0, a two-digit year); anything
 * later than a day past our clock is too, but a day of skew is allowed for an adapter whose clock runs ahead or sends
 * local time marked as UTC (Volgograd is UTC+3).
 */
final class ReceivedAtRule {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private ReceivedAtRule() {
    }

    /** Null when absent (intake's own clock is used then) or refused (reported). */
    static Instant receivedAt(String value, Instant now, Violations violations) {
        if (value == null) {
            return null;
        }
        Instant latest = now.plus(CLOCK_SKEW);
        try {
            Instant instant = Instant.parse(value);
            if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
                violations.add("receivedAt", "must be between " + EARLIEST + " and " + latest
                        + " (now plus " + CLOCK_SKEW.toHours() + " h of clock skew)");
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            violations.add("receivedAt", "must be an ISO-8601 instant such as 2026-11-20T08:15:29Z");
            return null;
        }
    }
}
