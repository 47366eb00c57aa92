package org.appeals.console.review;

import java.util.List;
import java.util.UUID;

/**
 * A row of the review queue: one answer to decide. An incident's answer, given to each of its appeals, is one row
 * for all of them ({@code sameAnswer}: the other appeals of the incident waiting with the same text).
 */
record ReviewRow(ReviewItem item, UUID incidentId, List<UUID> sameAnswer) {

    /** How many appeals the decision covers. */
    public int appeals() {
        return 1 + sameAnswer.size();
    }
}
