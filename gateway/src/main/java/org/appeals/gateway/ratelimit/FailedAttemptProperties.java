package org.appeals.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many invalid keys or tokens one source address may present a minute ({@code appeals.gateway.failed-auth}). */
@ConfigurationProperties("appeals.gateway.failed-auth")
record FailedAttemptProperties(@DefaultValue("10") long perMinute) {

    FailedAttemptProperties {
        if (perMinute < 1) {
            throw new IllegalStateException("appeals.gateway.failed-auth.per-minute must be at least 1");
        }
    }
}
