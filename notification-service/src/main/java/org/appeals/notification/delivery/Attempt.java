package org.appeals.notification.delivery;

import java.time.Instant;

/** One attempt at handing a reply to its channel; {@code detail} is technical ("webhook 503"), never personal. */
public record Attempt(Instant at, AttemptResult result, String detail) {

    public boolean succeeded() {
        return result == AttemptResult.SUCCESS;
    }
}
