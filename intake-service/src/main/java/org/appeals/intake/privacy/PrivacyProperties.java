package org.appeals.intake.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long residents' personal data outlives the closing of their appeal, {@code appeals.intake.privacy.*} (the
 * retention job's schedule, {@code retention-delay} and {@code retention-interval}, is read by its {@code @Scheduled}).
 *
 * @param retention how long after an appeal was closed its personal data is kept (env
 *                  {@code APPEALS_INTAKE_PRIVACY_RETENTION}, ISO-8601 such as {@code P5Y}, or {@code 5y})
 * @param batchSize how many appeals the retention job reads per batch
 * @param batchesPerRun at most how many batches one run reads, so a run stays well inside its lock
 */
@ConfigurationProperties("appeals.intake.privacy")
record PrivacyProperties(@DefaultValue("P5Y") Period retention, @DefaultValue("100") int batchSize,
                         @DefaultValue("20") int batchesPerRun) {

    PrivacyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("appeals.intake.privacy.retention must be positive, not " + retention);
        }
        if (batchSize < 1 || batchesPerRun < 1) {
            throw new IllegalArgumentException(
                    "appeals.intake.privacy batch-size and batches-per-run must be positive");
        }
    }
}
