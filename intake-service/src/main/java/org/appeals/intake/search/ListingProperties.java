package org.appeals.intake.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the backfill lists appeals that have no listing (its schedule is {@code backfill-delay} and
 * {@code backfill-interval}, read by {@link ListingBackfill}'s {@code @Scheduled}).
 *
 * @param backfillBatchSize how many it lists per batch
 * @param backfillBatchesPerRun at most how many batches one run lists, so a run stays well inside its lock
 */
@ConfigurationProperties("appeals.intake.listing")
record ListingProperties(Integer backfillBatchSize, Integer backfillBatchesPerRun) {

    ListingProperties {
        backfillBatchSize = backfillBatchSize == null ? 200 : backfillBatchSize;
        backfillBatchesPerRun = backfillBatchesPerRun == null ? 25 : backfillBatchesPerRun;
    }
}
