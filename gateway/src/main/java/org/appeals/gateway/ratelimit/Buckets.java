package org.appeals.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per key (a caller's fingerprint, a client address), all of one size and refill, in memory: the
 * one mechanism behind the per-caller, the residents' per-address and the invalid-credential limits.
 */
final class Buckets {

    // bounds memory when requests come from very many callers or addresses
    private static final long MAX_BUCKETS = 100_000;

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    Buckets(long capacity, long refill, Duration period) {
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
                .build();
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_BUCKETS))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    /** Takes one request from the key's bucket: 0 if it may go, else the whole seconds to wait (at least 1). */
    long secondsToWait(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : wholeSeconds(probe.getNanosToWaitForRefill());
    }

    /** Like {@link #secondsToWait} but takes nothing: 0 while the key's bucket holds a token. */
    long secondsUntilAvailable(String key) {
        BucketProxy bucket = bucket(key);
        if (bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return wholeSeconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Takes one token from the key's bucket if it has one. */
    void take(String key) {
        bucket(key).tryConsume(1);
    }

    private BucketProxy bucket(String key) {
        return buckets.getProxy(key, () -> configuration);
    }

    private static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
