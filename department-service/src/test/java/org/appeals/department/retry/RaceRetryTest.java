package org.appeals.department.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RaceRetryTest {

    private final RaceRetry retry = new RaceRetry(new RetryProperties(4, Duration.ZERO));
    private final AtomicInteger rounds = new AtomicInteger();

    @Test
    void aStepThatLostRacesIsDoneAgainUntilItWins() {
        String outcome = retry.untilWon(() -> {
            if (rounds.incrementAndGet() < 3) {
                throw new LostRace("appeal 1");
            }
            return "stored";
        });

        assertThat(outcome).isEqualTo("stored");
        assertThat(rounds).hasValue(3);
    }

    @Test
    void aStepThatKeepsLosingGivesUpAfterTheConfiguredAttemptsWithTheLastLostRace() {
        assertThatThrownBy(() -> retry.untilDone("appeal 1", () -> rounds.incrementAndGet() < 0))
                .isInstanceOf(LostRace.class).hasMessageContaining("appeal 1 kept changing");
        assertThat(rounds).hasValue(4);
    }

    @Test
    void anyOtherFailureEndsTheStepAtOnce() {
        assertThatThrownBy(() -> retry.untilWon(() -> {
            rounds.incrementAndGet();
            throw new IllegalArgumentException("not a race");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(rounds).hasValue(1);
    }

    @Test
    void byDefaultABurstOfThirtyTwoReportsCanRaceForOneIncident() {
        assertThat(RetryProperties.defaults().maxAttempts()).isEqualTo(32);
        assertThat(RetryProperties.defaults().delay()).isZero();
    }
}
