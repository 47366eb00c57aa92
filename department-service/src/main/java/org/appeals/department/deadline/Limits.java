package org.appeals.department.deadline;

/** Stops a day-by-day walk that a broken calendar would never end. */
final class Limits {

    // Ten years of days: no deadline rule reaches that far, so going further means the data is wrong.
    static final int MAX_DAYS = 3660;

    private Limits() {
    }

    static void check(int daysWalked) {
        if (daysWalked > MAX_DAYS) {
            throw new IllegalStateException("No working time within " + MAX_DAYS + " days: check the calendar");
        }
    }
}
