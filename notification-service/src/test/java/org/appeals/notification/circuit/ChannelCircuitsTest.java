package org.appeals.notification.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ChannelCircuitsTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final CircuitBreakerTest.MovingClock clock = new CircuitBreakerTest.MovingClock();
    final ChannelCircuits circuits = new ChannelCircuits(new CircuitProperties(2, Duration.ofSeconds(10), 2), clock,
            registry);

    @Test
    void aChannelWithAsManySendersAsItMayHaveIsBlockedAndTheOthersAreNot() {
        circuits.entered(Channel.VK);
        assertThat(circuits.blocked()).isEmpty();

        circuits.entered(Channel.VK);

        assertThat(circuits.blocked()).containsExactly(Channel.VK);
        circuits.left(Channel.VK);
        assertThat(circuits.blocked()).isEmpty();
    }

    @Test
    void anOpenCircuitBlocksOnlyItsChannelAndTheGaugeSaysSo() {
        circuits.failed(Channel.WEB);
        circuits.failed(Channel.WEB);

        assertThat(circuits.blocked()).containsExactly(Channel.WEB);
        assertThat(circuits.tryAcquire(Channel.TELEGRAM)).isTrue();
        assertThat(gauge(Channel.WEB, "open")).isEqualTo(1.0);
        assertThat(gauge(Channel.WEB, "closed")).isEqualTo(0.0);
        assertThat(gauge(Channel.TELEGRAM, "closed")).isEqualTo(1.0);

        clock.advance(Duration.ofSeconds(10));

        assertThat(gauge(Channel.WEB, "half_open")).isEqualTo(1.0);
        assertThat(circuits.blocked()).isEmpty();
        assertThat(circuits.tryAcquire(Channel.WEB)).isTrue();
        assertThat(circuits.blocked()).containsExactly(Channel.WEB);
    }

    private double gauge(Channel channel, String state) {
        return registry.get("appeals.channel.circuit").tags("channel", channel.name(), "state", state).gauge().value();
    }
}
