package org.appeals.resident.form;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rule of the per-address limit, apart from where the counts are kept: at most {@code limit} in any window. */
record LimitWindow(int limit, Duration window) {

    /**
     * {@code recent}: the address's counted submissions within the window, oldest first. Empty when one more may
     * go; else how long until the oldest of them leaves the window.
     */
    Optional<Duration> waitFor(List<Instant> recent, Instant now) {
        if (recent.size() < limit) {
            return Optional.empty();
        }
        Instant freed = recent.get(recent.size() - limit).plus(window);
        Duration wait = Duration.between(now, freed);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    Instant windowStart(Instant now) {
        return now.minus(window);
    }
}
