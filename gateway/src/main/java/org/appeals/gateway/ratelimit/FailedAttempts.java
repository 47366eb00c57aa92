package org.appeals.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts invalid keys and tokens per source address, so guessing is slow: once an address has spent its allowance
 * (refilled evenly over a minute), it is refused before its next key is even hashed or looked up.
 */
public class FailedAttempts {

    // bounds memory when failures come from very many addresses
    private static final long MAX_ADDRESSES = 100_000;

    private final ProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    FailedAttempts(FailedAttemptProperties properties) {
        long perMinute = properties.perMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_ADDRESSES))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .build();
    }

    /** 0 when the address may present a credential, else the whole seconds until it may (at least 1). */
    public long secondsBlocked(String address) {
        BucketProxy bucket = bucket(address);
        if (bucket.getAvailableTokens() > 0) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    /** Counts one invalid key or token from the address. */
    public void failed(String address) {
        bucket(address).tryConsume(1);
    }

    private BucketProxy bucket(String address) {
        return buckets.getProxy(address, () -> configuration);
    }
}
