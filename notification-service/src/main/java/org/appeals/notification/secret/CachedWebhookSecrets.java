package org.appeals.notification.secret;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appeals.contracts.Channel;
import org.appeals.notification.channel.WebhookSecrets;
import org.springframework.stereotype.Component;

/**
 * The channels' secrets as every instance sees them: the stored rotation if there is one, else the environment's.
 * Read from the store at most once per {@code cache-for} per channel, since every webhook call needs them.
 */
@Component
class CachedWebhookSecrets implements WebhookSecrets {

    private record Cached(ChannelSecret secret, Instant readAt) {
    }

    private final SecretStore store;
    private final EnvironmentSecrets environment;
    private final SecretsProperties properties;
    private final Clock clock;
    private final Map<Channel, Cached> cache = new ConcurrentHashMap<>();

    CachedWebhookSecrets(SecretStore store, EnvironmentSecrets environment, SecretsProperties properties, Clock clock) {
        this.store = store;
        this.environment = environment;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<String> signingSecrets(Channel channel) {
        Instant now = clock.instant();
        Cached cached = cache.get(channel);
        if (cached == null || !now.isBefore(cached.readAt().plus(properties.cacheFor()))) {
            cached = new Cached(fresh(channel), now);
            cache.put(channel, cached);
        }
        return cached.secret().validAt(now);
    }

    /** The channel's secret as stored now, bypassing the cache (for rotations and the admins' list). */
    ChannelSecret fresh(Channel channel) {
        return store.find(channel).orElseGet(() -> ChannelSecret.initial(channel, environment.of(channel)
                .orElseThrow(() -> new IllegalStateException("channel " + channel + " has no webhook secret"))));
    }

    /** Drops what this instance read, so its own rotation takes effect at once. */
    void forget(Channel channel) {
        cache.remove(channel);
    }
}
