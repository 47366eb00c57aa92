package org.appeals.intake.search;

/** The orders of the list; ties go by appeal id, so pages neither repeat nor skip an appeal. */
enum SortOrder {
    /** Received last, first. */
    NEWEST,
    /** Received first, first. */
    OLDEST,
    /** The nearest running deadline first; appeals with none last. */
    DUE
}
