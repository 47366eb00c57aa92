package org.appeals.intake.search;

import org.appeals.intake.appeal.AppealStatus;

/**
 * What needs a person now, as the console's "Today" page counts it: appeals in triage, final answers waiting for the
 * centre's review, open appeals with a missed deadline, answers that could not be delivered, reopened appeals.
 */
record AppealSummary(long triage, long inReview, long overdue, long deliveryFailed, long reopened) {

    /** Five counts, each answered by an index that starts with the status (or the overdue flag) or the scope. */
    static AppealSummary of(ListedAppeals listings, Scope scope) {
        return new AppealSummary(
                listings.count(SearchCriteria.inStatus(AppealStatus.TRIAGE), scope),
                listings.count(SearchCriteria.inStatus(AppealStatus.IN_REVIEW), scope),
                listings.count(SearchCriteria.overdueOnly(), scope),
                listings.count(SearchCriteria.inStatus(AppealStatus.DELIVERY_FAILED), scope),
                listings.count(SearchCriteria.inStatus(AppealStatus.REOPENED), scope));
    }
}
