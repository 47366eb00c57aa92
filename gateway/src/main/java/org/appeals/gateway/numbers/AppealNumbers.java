package org.appeals.gateway.numbers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Which appeal a registration number ({@code 34-2026-004217}) names, so a path with the number is forwarded with the
 * appeal's id. Found numbers are remembered for a while; unknown ones are asked again, as they may be registered
 * the next moment.
 */
public class AppealNumbers {

    private static final long MAX_NUMBERS = 10_000;

    private final IntakeAppealNumbers intake;
    private final Cache<String, String> found;

    AppealNumbers(IntakeAppealNumbers intake, AppealNumberProperties properties) {
        this.intake = intake;
        this.found = Caffeine.newBuilder().maximumSize(MAX_NUMBERS).expireAfterWrite(properties.cacheTtl()).build();
    }

    /** The appeal id, or empty when no appeal has the number; {@link AppealNumbersUnavailable} if intake is down. */
    public Optional<String> appealId(String registrationNumber) {
        // a loader's null is not stored: an unknown number is asked again next time
        return Optional.ofNullable(found.get(registrationNumber, number -> intake.lookUp(number).orElse(null)));
    }
}
