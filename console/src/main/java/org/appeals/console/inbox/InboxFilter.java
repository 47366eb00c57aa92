package org.appeals.console.inbox;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.appeals.console.layout.Deadline;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox's filters as the GET form sends them: a state, overdue only, and a day by which the nearest deadline
 * falls (that whole day counts, in Volgograd time). Anything unreadable is left out rather than refused.
 */
record InboxFilter(String status, boolean overdue, String dueBy) {

    /** The most the service hands out at once (department-service {@code inbox.max-limit}). */
    static final int LIMIT = 200;

    static InboxFilter of(String status, Boolean overdue, String dueBy) {
        String knownStatus = WorkflowStates.parse(status) == null ? null : status;
        return new InboxFilter(knownStatus, Boolean.TRUE.equals(overdue), day(dueBy) == null ? null : dueBy.strip());
    }

    public boolean active() {
        return status != null || overdue || dueBy != null;
    }

    URI query(String departmentId) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/v1/departments/{departmentId}/appeals")
                .queryParam("sort", "due").queryParam("limit", LIMIT);
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        LocalDate day = day(dueBy);
        if (day != null) {
            uri.queryParam("dueBefore", day.plusDays(1).atStartOfDay(Deadline.ZONE).toInstant().toString());
        }
        return uri.encode().buildAndExpand(departmentId).toUri();
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
