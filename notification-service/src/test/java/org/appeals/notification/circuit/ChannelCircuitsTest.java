package org.appeals.notification.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ChannelCircuitsTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final MovingClock clock = new MovingClock();
    final ChannelCircuits circuits = new ChannelCircuits(new CircuitProperties(2, Duration.ofSeconds(10), 2), clock,
            registry);
    final ChannelCircuits threeInARow = new ChannelCircuits(new CircuitProperties(3, Duration.ofSeconds(30), 2), clock,
            new SimpleMeterRegistry());

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
        fail(circuits, Channel.WEB, 2);

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

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndRefusesCallsWhileOpen() {
        fail(threeInARow, Channel.VK, 2);
        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.CLOSED);
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();

        threeInARow.failed(Channel.VK);

        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.OPEN);
        assertThat(threeInARow.tryAcquire(Channel.VK)).isFalse();
        assertThat(threeInARow.blocked()).containsExactly(Channel.VK);
        assertThat(threeInARow.retryAt(Channel.VK)).isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        fail(threeInARow, Channel.VK, 2);
        threeInARow.tryAcquire(Channel.VK);
        threeInARow.succeeded(Channel.VK);
        fail(threeInARow, Channel.VK, 2);

        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.CLOSED);
    }

    @Test
    void afterTheOpenPeriodLetsExactlyOneTrialThroughWhichClosesItOnSuccess() {
        fail(threeInARow, Channel.VK, 3);
        clock.advance(Duration.ofSeconds(30));

        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.HALF_OPEN);
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();
        assertThat(threeInARow.tryAcquire(Channel.VK)).isFalse();
        assertThat(threeInARow.blocked()).containsExactly(Channel.VK);

        threeInARow.succeeded(Channel.VK);

        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.CLOSED);
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherPeriod() {
        fail(threeInARow, Channel.VK, 3);
        clock.advance(Duration.ofSeconds(31));
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();

        threeInARow.failed(Channel.VK);

        assertThat(threeInARow.state(Channel.VK)).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(29));
        assertThat(threeInARow.tryAcquire(Channel.VK)).isFalse();
    }

    @Test
    void anAbandonedTrialFreesTheTrialForTheNextCall() {
        fail(threeInARow, Channel.VK, 3);
        clock.advance(Duration.ofSeconds(30));
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();

        threeInARow.abandoned(Channel.VK);

        assertThat(threeInARow.blocked()).isEmpty();
        assertThat(threeInARow.tryAcquire(Channel.VK)).isTrue();
    }

    /** Failed calls as the processor reports them: each after its permission. */
    private static void fail(ChannelCircuits circuits, Channel channel, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(circuits.tryAcquire(channel)).isTrue();
            circuits.failed(channel);
        }
    }

    private double gauge(Channel channel, String state) {
        return registry.get("appeals.channel.circuit").tags("channel", channel.name(), "state", state).gauge().value();
    }

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
