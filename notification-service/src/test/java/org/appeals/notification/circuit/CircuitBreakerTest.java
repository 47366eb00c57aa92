package org.appeals.notification.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    final MovingClock clock = new MovingClock();
    final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndRefusesCallsWhileOpen() {
        failTimes(2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.refusing()).isTrue();
        assertThat(breaker.retryAt()).isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        failTimes(2);
        breaker.succeeded();
        failTimes(2);

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void afterTheOpenPeriodLetsExactlyOneTrialThroughWhichClosesItOnSuccess() {
        failTimes(3);
        clock.advance(Duration.ofSeconds(30));

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.refusing()).isTrue();

        breaker.succeeded();

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgainForAnotherPeriod() {
        failTimes(3);
        clock.advance(Duration.ofSeconds(31));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofSeconds(29));
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void anAbandonedTrialFreesTheTrialForTheNextCall() {
        failTimes(3);
        clock.advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.abandoned();

        assertThat(breaker.tryAcquire()).isTrue();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            breaker.failed();
        }
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
