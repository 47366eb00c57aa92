package org.appeals.intake.progress;

import org.appeals.contracts.AppealEvent;
import org.appeals.intake.appeal.Timeline;
import org.appeals.intake.search.AppealListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds an event to its appeal's timeline once, then refreshes the appeal's listing (status, placement, deadlines,
 * overdue) for the search. The listener returns (and the offset is committed) only after both, so a crash in between
 * means a redelivery, which the timeline ignores and which refreshes the listing again.
 */
@Component
class ProgressRecorder {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecorder.class);

    private final Timeline timeline;
    private final AppealListing listing;

    ProgressRecorder(Timeline timeline, AppealListing listing) {
        this.timeline = timeline;
        this.listing = listing;
    }

    void record(AppealEvent event) {
        if (timeline.append(event)) {
            log.debug("{} {} added to appeal {}", event.getClass().getSimpleName(), event.eventId(), event.appealId());
        } else {
            log.debug("{} {} of appeal {} already applied; replay ignored",
                    event.getClass().getSimpleName(), event.eventId(), event.appealId());
        }
        // a replay too: the listing it should have refreshed may be the one a crash left behind
        listing.refresh(event.appealId());
    }
}
