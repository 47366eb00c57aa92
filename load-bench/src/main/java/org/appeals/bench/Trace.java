package org.appeals.bench;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the bench saw of one appeal, as {@link System#nanoTime()} instants (0 = not yet). Kafka may show an event
 * before the gateway's 202 reaches the bench, so every field is set independently.
 */
final class Trace {

    final String appealId;
    volatile long acceptedAt;
    volatile boolean ours;
    volatile long inboxAt;
    volatile String departmentId;
    volatile boolean triaged;
    volatile long replyAt;
    private final AtomicBoolean answerStarted = new AtomicBoolean();

    Trace(String appealId) {
        this.appealId = appealId;
    }

    /** True exactly once, when the appeal is both ours and in an inbox: then the bench answers it. */
    boolean readyToAnswer() {
        return ours && departmentId != null && answerStarted.compareAndSet(false, true);
    }

    boolean placed() {
        return inboxAt != 0 || triaged;
    }

    long toInbox() {
        return Math.max(0, inboxAt - acceptedAt);
    }

    long toReply() {
        return Math.max(0, replyAt - acceptedAt);
    }
}
