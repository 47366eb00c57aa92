package org.appeals.launcher.samples;

import java.util.Locale;

/** The appeal lifecycle as {@code GET /api/v1/appeals/{id}} reports it. */
enum AppealStatus {
    RECEIVED, ASSIGNED, TRIAGE, IN_PROGRESS, ANSWERED, NOTIFIED, CLOSED, REDIRECTED, REOPENED, UNKNOWN;

    static AppealStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** Routing has placed the appeal (or handed it to triage), possibly long ago. */
    boolean isRouted() {
        return this != RECEIVED && this != UNKNOWN;
    }
}
