package org.appeals.intake.search;

import java.util.List;
import java.util.UUID;

/** The listings of appeals, kept beside the registered appeals and searched through their indexes. */
interface ListedAppeals {

    /**
     * Keeps the listing unless one derived from more events is there already (two events of one appeal handled at
     * once may finish in either order); does nothing for an appeal not registered here.
     */
    void save(ListedAppeal listing);

    /** The page of listings that meet the criteria within the scope, and how many do in all. */
    Found search(SearchCriteria criteria, Scope scope, int page, int size, SortOrder order);

    /** How many listings meet the criteria within the scope. */
    long count(SearchCriteria criteria, Scope scope);

    /** Registered appeals that have no listing yet (registered before the search existed, or a refresh failed). */
    List<UUID> unlisted(int limit);

    record Found(List<ListedAppeal> items, long total) {
    }
}
