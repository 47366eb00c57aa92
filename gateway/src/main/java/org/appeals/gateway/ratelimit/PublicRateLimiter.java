package org.appeals.gateway.ratelimit;

import java.time.Duration;

/**
 * The residents' side has no key or person to count by, so it counts by client address: every request, and more
 * tightly the web form's submissions, which cost the platform an appeal each.
 */
public class PublicRateLimiter {

    private final Buckets requests;
    private final Buckets formSubmissions;

    PublicRateLimiter(PublicRateLimitProperties properties) {
        long rate = properties.requestsPerSecond();
        long submissions = properties.formSubmissionsPerMinute();
        this.requests = new Buckets(2 * rate, rate, Duration.ofSeconds(1));
        this.formSubmissions = new Buckets(submissions, submissions, Duration.ofMinutes(1));
    }

    /** Takes one request from the address's bucket: 0 if it may go, else the whole seconds to wait (at least 1). */
    public long secondsToWait(String address) {
        return requests.secondsToWait(address);
    }

    /** The same for a submission of the web form, on top of the request itself. */
    public long secondsToWaitForFormSubmission(String address) {
        return formSubmissions.secondsToWait(address);
    }
}
