package org.appeals.gateway.guard;

import java.util.Locale;

/** What became of a request at the gateway: the {@code outcome} tag of {@code gateway.requests}, and its status. */
enum Outcome {
    FORWARDED(0),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    TOO_LARGE(413),
    RATE_LIMITED(429),
    /** Forwarded, but the backend could not be reached. */
    UNAVAILABLE(503);

    private final int status;

    Outcome(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
