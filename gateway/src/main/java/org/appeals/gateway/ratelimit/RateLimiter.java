package org.appeals.gateway.ratelimit;

import java.time.Duration;

/** One token bucket per caller (key or person, by fingerprint): refilled at the configured rate, bursts of twice that. */
public class RateLimiter {

    private final Buckets buckets;

    RateLimiter(RateLimitProperties properties) {
        long rate = properties.requestsPerSecond();
        this.buckets = new Buckets(2 * rate, rate, Duration.ofSeconds(1));
    }

    /** Takes one request from the caller's bucket: 0 if it may go, else the whole seconds to wait (at least 1). */
    public long secondsToWait(String fingerprint) {
        return buckets.secondsToWait(fingerprint);
    }
}
