package org.appeals.intake.search;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lists the appeals that have no listing: all of them once, when the search first starts on an existing database,
 * and afterwards the rare appeal whose refresh failed after it was stored (the store went away in between). Batched,
 * idempotent (a listing is derived from the history, and a newer one is never replaced), one instance at a time
 * (ShedLock's lock {@code intake.listing-backfill}); when nothing is missing a run is one indexed query.
 */
@Component
class ListingBackfill {

    private static final Logger log = LoggerFactory.getLogger(ListingBackfill.class);

    private final ListedAppeals listings;
    private final AppealListing listing;
    private final ListingProperties properties;

    ListingBackfill(ListedAppeals listings, AppealListing listing, ListingProperties properties) {
        this.listings = listings;
        this.listing = listing;
        this.properties = properties;
    }

    /** Public, and called through the bean, for the lock. */
    @Scheduled(initialDelayString = "${appeals.intake.listing.backfill-delay:5s}",
            fixedDelayString = "${appeals.intake.listing.backfill-interval:30s}")
    @SchedulerLock(name = "intake.listing-backfill", lockAtMostFor = "PT5M")
    public void scheduled() {
        try {
            int listed = backfill();
            if (listed > 0) {
                log.info("listed {} appeals that had no listing", listed);
            }
        } catch (RuntimeException e) {
            // the store is most likely away; the next run finds the same appeals
            log.warn("listing backfill failed: {}", e.getMessage());
        }
    }

    /** Lists up to the run's batches of unlisted appeals; returns how many it listed. */
    int backfill() {
        int listed = 0;
        for (int batch = 0; batch < properties.backfillBatchesPerRun(); batch++) {
            List<UUID> unlisted = listings.unlisted(properties.backfillBatchSize());
            int done = (int) unlisted.stream().filter(this::list).count();
            listed += done;
            // a batch in which nothing could be listed would come back the same: leave it to the next run
            if (unlisted.size() < properties.backfillBatchSize() || done == 0) {
                break;
            }
        }
        return listed;
    }

    private boolean list(UUID appealId) {
        try {
            listing.refresh(appealId);
            return true;
        } catch (RuntimeException e) {
            log.warn("appeal {} not listed: {}", appealId, e.getMessage());
            return false;
        }
    }
}
