package org.appeals.notification.circuit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One channel's Resilience4j breaker with what the worker needs besides: the senders it has, the permits out (to see
 * a half-open trial in flight without taking it) and when it opened (for the time a refused delivery looks again).
 */
final class ChannelCircuit {

    /** What a failed webhook call is reported as; the breaker only counts it. */
    private static final Exception FAILED_CALL = new Exception("webhook call failed", null, false, false) {
    };

    private final CircuitBreaker breaker;
    private final Duration openFor;
    private final Clock clock;
    private final AtomicInteger permitsOut = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    private volatile Instant openedAt = Instant.MIN;

    ChannelCircuit(String name, CircuitBreakerConfig config, Duration openFor, Clock clock) {
        this.breaker = CircuitBreaker.of(name, config);
        this.openFor = openFor;
        this.clock = clock;
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == State.OPEN) {
                openedAt = clock.instant();
            }
        });
    }

    synchronized boolean tryAcquire() {
        state();
        boolean permitted = breaker.tryAcquirePermission();
        if (permitted) {
            permitsOut.incrementAndGet();
        }
        return permitted;
    }

    /** Open, or half-open with its trial out: a call would be refused now. */
    boolean refusing() {
        State now = state();
        return now == State.OPEN || (now == State.HALF_OPEN && permitsOut.get() > 0);
    }

    void succeeded() {
        permitsOut.decrementAndGet();
        breaker.onSuccess(0, TimeUnit.MILLISECONDS);
    }

    void failed() {
        permitsOut.decrementAndGet();
        breaker.onError(0, TimeUnit.MILLISECONDS, FAILED_CALL);
    }

    void abandoned() {
        permitsOut.decrementAndGet();
        breaker.releasePermission();
    }

    Instant retryAt() {
        Instant now = clock.instant();
        Instant openUntil = openedAt.plus(openFor);
        return state() == State.OPEN && openUntil.isAfter(now) ? openUntil : now.plus(openFor.dividedBy(4));
    }

    /** The state, moved to half-open once the open time is over (by the service's clock, not a timer thread). */
    synchronized State state() {
        if (breaker.getState() == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            breaker.transitionToHalfOpenState();
        }
        return breaker.getState();
    }
}
