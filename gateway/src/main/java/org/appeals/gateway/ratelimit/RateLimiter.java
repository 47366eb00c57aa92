package org.appeals.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One token bucket per caller (key or person, by fingerprint): refilled at the configured rate, bursts of twice that. */
public class RateLimiter {

    // only authenticated callers get a bucket, so this bounds memory even with demo department keys on
    private static final long MAX_BUCKETS = 100_000;

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    RateLimiter(RateLimitProperties properties) {
        long rate = properties.requestsPerSecond();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(2 * rate).refillGreedy(rate, Duration.ofSeconds(1)))
                .build();
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_BUCKETS))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    /** Takes one request from the caller's bucket: 0 if it may go, else the whole seconds to wait (at least 1). */
    public long secondsToWait(String fingerprint) {
        ConsumptionProbe probe = buckets.getProxy(fingerprint, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
