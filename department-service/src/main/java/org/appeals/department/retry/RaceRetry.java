package org.appeals.department.retry;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a read-decide-write step again, from a fresh reading, for as long as it loses races against other writers
 * ({@link LostRace}); any other failure ends it at once. When the attempts run out, the last {@link LostRace} is
 * thrown: a listener's error handler then retries the record with back-off, a request answers 409.
 */
@Component
public class RaceRetry {

    private final RetryTemplate template;

    RaceRetry(RetryProperties properties) {
        template = new RetryTemplate(RetryPolicy.builder().includes(LostRace.class)
                .maxRetries(properties.maxAttempts() - 1L).delay(properties.delay()).build());
    }

    /** The policy as configured by default, for code built outside the application context. */
    public static RaceRetry withDefaults() {
        return new RaceRetry(RetryProperties.defaults());
    }

    /** The result of the first round of {@code step} that does not throw {@link LostRace}. */
    public <T> T untilWon(Supplier<T> step) {
        return template.invoke(step);
    }

    /** Runs {@code step} until it reports done; false means it lost a race on {@code what}. */
    public void untilDone(String what, BooleanSupplier step) {
        untilWon(() -> {
            if (!step.getAsBoolean()) {
                throw new LostRace(what);
            }
            return Boolean.TRUE;
        });
    }
}
