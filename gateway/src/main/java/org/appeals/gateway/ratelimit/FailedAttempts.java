package org.appeals.gateway.ratelimit;

import java.time.Duration;

/**
 * Counts invalid keys and tokens per source address, so guessing is slow: once an address has spent its allowance
 * (refilled evenly over a minute), it is refused before its next key is even hashed or looked up.
 */
public class FailedAttempts {

    private final Buckets buckets;

    FailedAttempts(FailedAttemptProperties properties) {
        long perMinute = properties.perMinute();
        this.buckets = new Buckets(perMinute, perMinute, Duration.ofMinutes(1));
    }

    /** 0 when the address may present a credential, else the whole seconds until it may (at least 1). */
    public long secondsBlocked(String address) {
        return buckets.secondsUntilAvailable(address);
    }

    /** Counts one invalid key or token from the address. */
    public void failed(String address) {
        buckets.take(address);
    }
}
