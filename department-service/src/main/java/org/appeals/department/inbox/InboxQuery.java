package org.appeals.department.inbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.appeals.department.workflow.AppealState;
import org.appeals.support.web.ApiException;

/** The {@code status} and {@code limit} of an inbox request, checked. */
record InboxQuery(Set<AppealState> states, int limit) {

    /** Without a status the inbox lists everything but what the department redirected: those left it. */
    private static final Set<AppealState> LISTED_BY_DEFAULT =
            EnumSet.complementOf(EnumSet.of(AppealState.REDIRECTED));

    static InboxQuery of(String status, Integer limit, InboxProperties properties) {
        return new InboxQuery(states(status), limit(limit, properties));
    }

    private static Set<AppealState> states(String status) {
        if (status == null || status.isBlank()) {
            return LISTED_BY_DEFAULT;
        }
        try {
            return EnumSet.of(AppealState.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(AppealState.values()) + ".");
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
