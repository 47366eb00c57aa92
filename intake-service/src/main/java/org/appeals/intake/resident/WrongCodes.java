package org.appeals.intake.resident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing: after {@code wrongCodeLimit} wrong codes for one number within {@code wrongCodeWindow}, every
 * request for that number, with any code, gets 429 until the oldest of those leaves the window. Counted per number,
 * not per address, so spreading guesses over many addresses does not help.
 */
@Component
class WrongCodes {

    private final CodeFailures failures;
    private final PublicProperties properties;
    private final Clock clock;

    WrongCodes(CodeFailures failures, PublicProperties properties, Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses with {@link TooManyWrongCodesException} while the number is locked. */
    void requireOpen(String number) {
        Instant now = clock.instant();
        Duration window = properties.wrongCodeWindow();
        List<Instant> recent = failures.since(number, now.minus(window));
        int limit = properties.wrongCodeLimit();
        if (recent.size() >= limit) {
            // the number opens when fewer than the limit are left in the window
            Instant opensAt = recent.get(recent.size() - limit).plus(window);
            throw new TooManyWrongCodesException(Duration.between(now, opensAt));
        }
    }

    void failed(String number) {
        Instant now = clock.instant();
        failures.record(number, now, now.plus(properties.wrongCodeWindow()));
    }
}
