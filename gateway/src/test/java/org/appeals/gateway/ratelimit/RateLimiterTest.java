package org.appeals.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    // one request a second refills far slower than this test runs, so the counts below are exact
    final RateLimiter limiter = new RateLimiter(new RateLimitProperties(1));

    @Test
    void aKeyMayBurstTwiceItsRateThenIsToldHowLongToWait() {
        assertThat(limiter.secondsToWait("key-a")).isZero();
        assertThat(limiter.secondsToWait("key-a")).isZero();

        assertThat(limiter.secondsToWait("key-a")).isEqualTo(1);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        limiter.secondsToWait("key-a");
        limiter.secondsToWait("key-a");
        assertThat(limiter.secondsToWait("key-a")).isPositive();

        assertThat(limiter.secondsToWait("key-b")).isZero();
    }
}
