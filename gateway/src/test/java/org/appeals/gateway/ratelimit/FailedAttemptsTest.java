package org.appeals.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    final FailedAttempts failures = new FailedAttempts(new FailedAttemptProperties(3));

    @Test
    void anAddressIsBlockedAfterItsAllowanceOfInvalidCredentialsAndToldHowLong() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.secondsBlocked("10.0.0.1")).isZero();
            failures.failed("10.0.0.1");
        }

        // one attempt comes back every 20 s at three a minute
        assertThat(failures.secondsBlocked("10.0.0.1")).isBetween(19L, 20L);
        assertThat(failures.secondsBlocked("10.0.0.2")).isZero();
    }
}
