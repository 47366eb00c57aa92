package org.appeals.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicRateLimiterTest {

    // one request a second and one submission a minute refill far slower than this test runs: the counts are exact
    final PublicRateLimiter limiter = new PublicRateLimiter(new PublicRateLimitProperties(1, 1));

    @Test
    void anAddressMayBurstTwiceItsRateThenIsToldHowLongToWait() {
        assertThat(limiter.secondsToWait("198.51.100.7")).isZero();
        assertThat(limiter.secondsToWait("198.51.100.7")).isZero();

        assertThat(limiter.secondsToWait("198.51.100.7")).isEqualTo(1);
        assertThat(limiter.secondsToWait("198.51.100.8")).isZero();
    }

    @Test
    void formSubmissionsAreCountedAMinuteApartFromTheRequests() {
        assertThat(limiter.secondsToWaitForFormSubmission("198.51.100.9")).isZero();

        assertThat(limiter.secondsToWaitForFormSubmission("198.51.100.9")).isBetween(2L, 60L);
        assertThat(limiter.secondsToWait("198.51.100.9")).isZero();
    }
}
