package org.appeals.email.inbound;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How the latest poll of the mailbox went, for the health endpoint. */
@Component
class MailboxStatus {

    /** The latest poll: when, how many mails were taken, and the failure if it failed. */
    record LastPoll(Instant at, int taken, String failure) {
    }

    private final Clock clock;
    private volatile LastPoll last;

    MailboxStatus(Clock clock) {
        this.clock = clock;
    }

    void succeeded(int taken) {
        last = new LastPoll(clock.instant(), taken, null);
    }

    void failed(Exception failure) {
        last = new LastPoll(clock.instant(), 0, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** Null before the first poll ends. */
    LastPoll last() {
        return last;
    }
}
