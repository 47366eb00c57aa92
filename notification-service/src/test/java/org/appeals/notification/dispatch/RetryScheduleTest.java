package org.appeals.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void pausesDoubleFromOneSecondAndSixAttemptsAreAllAByDefault() {
        var schedule = new RetrySchedule(new RetryProperties(null, null, null, null, 0.0));

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(schedule::delayAfter)).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                Duration.ofSeconds(16));
        assertThat(schedule.exhausted(5)).isFalse();
        assertThat(schedule.exhausted(6)).isTrue();
    }

    @Test
    void pausesNeverExceedTheMaximum() {
        var schedule = new RetrySchedule(new RetryProperties(Duration.ofSeconds(10), 3.0, Duration.ofSeconds(60), 20, 0.0));

        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(19)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aMultiplierOfOneGivesEvenPauses() {
        var schedule = new RetrySchedule(new RetryProperties(Duration.ofMillis(250), 1.0, Duration.ofSeconds(5), 3, 0.0));

        assertThat(schedule.delayAfter(1)).isEqualTo(schedule.delayAfter(2)).isEqualTo(Duration.ofMillis(250));
        assertThat(schedule.exhausted(3)).isTrue();
    }

    @Test
    void jitterShortensEachPauseByAtMostItsShareAndNeverLengthensIt() {
        var retry = new RetryProperties(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(60), 6, 0.2);

        assertThat(new RetrySchedule(retry, () -> 0.0).delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(new RetrySchedule(retry, () -> 0.5).delayAfter(1)).isEqualTo(Duration.ofSeconds(9));
        assertThat(new RetrySchedule(retry, () -> 0.999_999).delayAfter(4)).isEqualTo(Duration.ofSeconds(48));
        var random = new RetrySchedule(retry);
        assertThat(IntStream.range(0, 200).mapToObj(i -> random.delayAfter(3)))
                .allSatisfy(delay -> assertThat(delay).isBetween(Duration.ofSeconds(32), Duration.ofSeconds(40)))
                .satisfies(delays -> assertThat(delays.stream().distinct().count()).isGreaterThan(50));
    }

    @Test
    void jitterOutsideZeroToOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RetryProperties(null, null, null, null, 1.5)).isInstanceOf(IllegalStateException.class);
    }
}
