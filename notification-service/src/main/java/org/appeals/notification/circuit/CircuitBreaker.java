package org.appeals.notification.circuit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One channel's breaker: opens after {@code threshold} failed calls in a row, lets one trial call through once
 * {@code openFor} has passed, and closes on its success. Small and own rather than a library's: it needs no more.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private CircuitState state = CircuitState.CLOSED;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go now; in half-open state this takes the one trial, which must then be reported. */
    synchronized boolean tryAcquire() {
        return switch (state()) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                boolean free = !trialInFlight;
                trialInFlight = true;
                yield free;
            }
        };
    }

    /** Whether a call would be refused now (open, or its trial already out), without taking anything. */
    synchronized boolean refusing() {
        CircuitState now = state();
        return now == CircuitState.OPEN || (now == CircuitState.HALF_OPEN && trialInFlight);
    }

    synchronized void succeeded() {
        state = CircuitState.CLOSED;
        failuresInARow = 0;
        trialInFlight = false;
    }

    synchronized void failed() {
        failuresInARow++;
        if (state == CircuitState.HALF_OPEN || failuresInARow >= threshold) {
            state = CircuitState.OPEN;
            openUntil = clock.instant().plus(openFor);
            trialInFlight = false;
        }
    }

    /** A call that was allowed but never made (the worker lost its claim): frees the trial. */
    synchronized void abandoned() {
        trialInFlight = false;
    }

    /** When a refused call should look again. */
    synchronized Instant retryAt() {
        Instant now = clock.instant();
        return state == CircuitState.OPEN && openUntil.isAfter(now) ? openUntil : now.plus(openFor.dividedBy(4));
    }

    synchronized CircuitState state() {
        if (state == CircuitState.OPEN && !clock.instant().isBefore(openUntil)) {
            state = CircuitState.HALF_OPEN;
        }
        return state;
    }
}
