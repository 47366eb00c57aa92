package org.appeals.department.inbox;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.appeals.contracts.WorkflowState;
import org.appeals.support.web.ApiException;

/** The {@code status}, {@code sort}, {@code dueBefore}, {@code overdue} and {@code limit} of an inbox request, checked. */
record InboxQuery(Set<WorkflowState> states, InboxCriteria.Order order, Instant dueBefore, boolean overdueOnly,
                  int limit) {

    /** Without a status the inbox lists everything but what the department redirected: those left it. */
    private static final Set<WorkflowState> LISTED_BY_DEFAULT =
            EnumSet.complementOf(EnumSet.of(WorkflowState.REDIRECTED));

    static InboxQuery of(String status, String sort, String dueBefore, Boolean overdue, Integer limit,
                         InboxProperties properties) {
        return new InboxQuery(states(status), order(sort), instant(dueBefore), Boolean.TRUE.equals(overdue),
                limit(limit, properties));
    }

    InboxCriteria criteria(String departmentId, Set<String> municipalities) {
        return new InboxCriteria(departmentId, states, dueBefore, overdueOnly, order, limit, municipalities);
    }

    private static Set<WorkflowState> states(String status) {
        if (status == null || status.isBlank()) {
            return LISTED_BY_DEFAULT;
        }
        try {
            return EnumSet.of(WorkflowState.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(WorkflowState.values()) + ".");
        }
    }

    private static InboxCriteria.Order order(String sort) {
        if (sort == null || sort.isBlank() || sort.trim().equalsIgnoreCase("newest")) {
            return InboxCriteria.Order.NEWEST;
        }
        if (sort.trim().equalsIgnoreCase("due")) {
            return InboxCriteria.Order.DUE;
        }
        throw ApiException.badRequest("sort must be 'newest' (most recently assigned first) or 'due' (nearest "
                + "deadline first).");
    }

    private static Instant instant(String dueBefore) {
        if (dueBefore == null || dueBefore.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(dueBefore.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("dueBefore must be an instant such as 2026-12-01T15:00:00Z.");
        }
    }

    private static int limit(Integer limit, InboxProperties properties) {
        if (limit == null) {
            return properties.defaultLimit();
        }
        if (limit < 1 || limit > properties.maxLimit()) {
            throw ApiException.badRequest("limit must be between 1 and " + properties.maxLimit() + ".");
        }
        return limit;
    }
}
