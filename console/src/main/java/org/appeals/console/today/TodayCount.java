package org.appeals.console.today;

/** One count on "Today": what it counts, how many, and the queue it opens. */
record TodayCount(String id, String label, long count, String queue) {

    /** Anything waiting is shown in red: it needs a person. */
    public boolean hot() {
        return count > 0;
    }
}
