package org.appeals.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Instant START = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant DUE = START.plus(Duration.ofHours(100));

    @Test
    void greenWhileMoreThanAQuarterOfTheTermIsLeft() {
        Deadline deadline = Deadline.of(START, DUE, START.plus(Duration.ofHours(74)));
        assertThat(deadline.tone()).isEqualTo("green");
        assertThat(deadline.label()).isEqualTo("осталось 1 дн. 2 ч");
    }

    @Test
    void amberUnderAQuarterLeftAndRedOnceMissed() {
        assertThat(Deadline.of(START, DUE, START.plus(Duration.ofHours(76))).tone()).isEqualTo("amber");
        Deadline late = Deadline.of(START, DUE, DUE.plus(Duration.ofMinutes(90)));
        assertThat(late.tone()).isEqualTo("red");
        assertThat(late.label()).isEqualTo("просрочено на 1 ч 30 мин");
        assertThat(late.title()).startsWith("Срок: 5 декабря 2026");
    }

    @Test
    void withoutTheTermsStartOnlyOverdueColoursIt() {
        assertThat(Deadline.of(null, DUE, DUE.minusSeconds(60)).tone()).isEqualTo("green");
        assertThat(Deadline.of(null, null, DUE)).isNull();
    }
}
