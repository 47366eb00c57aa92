package org.appeals.intake.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;

/**
 * The filters of a search, each null (or empty) when not asked for; all that are set must hold.
 *
 * @param stems stems the text must all contain
 * @param appealId a whole appeal id
 * @param idPrefix the beginning of an id, at least the 8 characters of the appeal's number
 * @param statuses any of these statuses
 * @param from received at or after
 * @param to received before
 * @param registrationNumber a whole registration number ({@code 34-2026-004217})
 */
record SearchCriteria(Set<String> stems, UUID appealId, String idPrefix, Set<AppealStatus> statuses,
                      Category category, Municipality municipality, String departmentId, Channel channel,
                      Instant from, Instant to, Boolean overdue, String registrationNumber) {

    static final SearchCriteria NONE =
            new SearchCriteria(Set.of(), null, null, Set.of(), null, null, null, null, null, null, null, null);

    SearchCriteria {
        stems = stems == null ? Set.of() : Set.copyOf(stems);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    static SearchCriteria inStatus(AppealStatus status) {
        return new SearchCriteria(Set.of(), null, null, Set.of(status), null, null, null, null, null, null, null,
                null);
    }

    static SearchCriteria overdueOnly() {
        return new SearchCriteria(Set.of(), null, null, Set.of(), null, null, null, null, null, null, true, null);
    }
}
