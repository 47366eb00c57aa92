package org.appeals.intake.search;

import java.util.UUID;
import org.appeals.intake.appeal.AppealHistories;
import org.springframework.stereotype.Component;

/**
 * Keeps an appeal's listing in step with its history. Registration and every event intake records call it, replays
 * included: the listing is derived from the whole history each time, so calling it again does no harm and mends a
 * refresh an earlier attempt did not finish.
 */
@Component
public class AppealListing {

    private final AppealHistories histories;
    private final ListedAppeals listings;

    AppealListing(AppealHistories histories, ListedAppeals listings) {
        this.histories = histories;
        this.listings = listings;
    }

    /** Derives the appeal's listing from what intake knows of it now and keeps it. */
    public void refresh(UUID appealId) {
        histories.find(appealId).flatMap(Listings::of).ifPresent(listings::save);
    }
}
