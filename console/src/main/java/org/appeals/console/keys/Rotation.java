package org.appeals.console.keys;

import java.util.Map;

/** The body of {@code POST /api/v1/keys/{id}/rotate}: the grace hours, or the gateway's default (24) when empty. */
final class Rotation {

    static final int DEFAULT_GRACE_HOURS = 24;
    static final int MAX_GRACE_HOURS = 720;

    private Rotation() {
    }

    static Map<String, Object> body(Integer graceHours) {
        return Map.of("graceHours", hours(graceHours));
    }

    static int hours(Integer graceHours) {
        return graceHours == null ? DEFAULT_GRACE_HOURS : graceHours;
    }
}
