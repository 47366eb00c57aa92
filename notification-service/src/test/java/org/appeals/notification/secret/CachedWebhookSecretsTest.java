package org.appeals.notification.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Channel;
import org.appeals.notification.channel.ChannelSettings;
import org.appeals.notification.channel.ChannelsProperties;
import org.appeals.support.testing.MovableClock;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which secrets sign, across instances sharing one store, as time passes. */
class CachedWebhookSecretsTest {

    static final Actor ADMIN = new Actor("platform-admin", "ADMIN");

    final MovableClock clock = new MovableClock();
    final MemoryStore store = new MemoryStore();
    final EnvironmentSecrets environment = new EnvironmentSecrets(new MockEnvironment()
            .withProperty("appeals.notification.channels.VK.secret", "from-env"),
            new ChannelsProperties(Map.of(Channel.VK, new ChannelSettings("http://adapter/vk"))));
    final CachedWebhookSecrets here = secrets();
    final CachedWebhookSecrets elsewhere = secrets();

    @Test
    void signsWithTheEnvironmentsSecretUntilTheFirstRotation() {
        assertThat(here.signingSecrets(Channel.VK)).containsExactly("from-env");
    }

    @Test
    void aRotationSignsHereAtOnceAndOnOtherInstancesOnceTheirCacheRunsOut() {
        assertThat(elsewhere.signingSecrets(Channel.VK)).containsExactly("from-env");

        ChannelSecret rotated = new SecretRotation(here, store, clock).rotate(Channel.VK, Duration.ofHours(24), ADMIN);

        assertThat(here.signingSecrets(Channel.VK)).containsExactly(rotated.secret(), "from-env");
        assertThat(elsewhere.signingSecrets(Channel.VK)).containsExactly("from-env");
        clock.advance(Duration.ofSeconds(10));
        assertThat(elsewhere.signingSecrets(Channel.VK)).containsExactly(rotated.secret(), "from-env");
        clock.advance(Duration.ofHours(24));
        assertThat(here.signingSecrets(Channel.VK)).containsExactly(rotated.secret());
    }

    @Test
    void aSecondRotationDuringTheGraceDropsTheOldestAndALostRaceIsAConflict() {
        var rotation = new SecretRotation(here, store, clock);
        ChannelSecret first = rotation.rotate(Channel.VK, Duration.ofHours(24), ADMIN);
        ChannelSecret second = rotation.rotate(Channel.VK, Duration.ofHours(1), ADMIN);

        assertThat(here.signingSecrets(Channel.VK)).containsExactly(second.secret(), first.secret());
        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(store.save(first)).isFalse();
        assertThatThrownBy(() -> new SecretRotation(here, new MemoryStore() {
            @Override
            public boolean save(ChannelSecret next) {
                return false;
            }
        }, clock).rotate(Channel.VK, Duration.ZERO, ADMIN)).isInstanceOf(ApiException.class);
    }

    @Test
    void neverPrintsASecret() {
        ChannelSecret rotated = new SecretRotation(here, store, clock).rotate(Channel.VK, Duration.ofHours(1), ADMIN);

        assertThat(rotated.toString()).doesNotContain(rotated.secret(), "from-env");
    }

    private CachedWebhookSecrets secrets() {
        return new CachedWebhookSecrets(store, environment, new SecretsProperties(Duration.ofSeconds(10)), clock);
    }

    /** The store's contract without MongoDB: optimistic on the version. */
    static class MemoryStore implements SecretStore {

        private final Map<Channel, ChannelSecret> stored = new EnumMap<>(Channel.class);

        @Override
        public synchronized Optional<ChannelSecret> find(Channel channel) {
            return Optional.ofNullable(stored.get(channel));
        }

        @Override
        public synchronized boolean save(ChannelSecret next) {
            long current = find(next.channel()).map(ChannelSecret::version).orElse(0L);
            if (current != next.version() - 1) {
                return false;
            }
            stored.put(next.channel(), next);
            return true;
        }
    }
}
