package org.appeals.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts appeals as a channel adapter does when parts of the platform fail: the same body, so the same external id,
 * again and again until the gateway answers 202 (intake registers an external id once), backing off from 250 ms to
 * 2 s. Like an adapter's connection pool it keeps at most {@link #IN_FLIGHT} requests open; the others wait their
 * turn in order, so a part that comes back meets a queue, not a storm of thousands of connections. Every failed
 * attempt is counted by kind; an appeal is given up only when {@link #giveUp} says so.
 */
final class RetryingAdapter {

    private static final long FIRST_BACKOFF_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 2_000;
    static final int IN_FLIGHT = 32;

    private final Gateway gateway;
    private final AppealBodies bodies;
    private final ChaosLedger ledger;
    private final ErrorCounts errors;
    private final JsonMapper json;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "adapter-retries");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "adapter-dispatch");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final AtomicLong open = new AtomicLong();
    private final LongAdder attempts = new LongAdder();
    private final Map<String, String> keyOfAppeal = new ConcurrentHashMap<>();
    private volatile boolean givingUp;

    RetryingAdapter(Gateway gateway, AppealBodies bodies, ChaosLedger ledger, ErrorCounts errors, JsonMapper json) {
        this.gateway = gateway;
        this.bodies = bodies;
        this.ledger = ledger;
        this.errors = errors;
        this.json = json;
    }

    /** Starts posting the n-th appeal; returns at once. */
    void submit(long n) {
        ledger.sent(bodies.externalId(n));
        open.incrementAndGet();
        dispatch(n, 0);
    }

    /** Appeals still being retried. */
    long open() {
        return open.get();
    }

    long attempts() {
        return attempts.sum();
    }

    /** From now on an appeal that fails once more is abandoned (counted as "given up"), so the run can end. */
    void giveUp() {
        givingUp = true;
    }

    /** The channel key that posted the appeal: the one that may read it back from intake. */
    String keyOf(String appealId) {
        return keyOfAppeal.get(appealId);
    }

    /** In order, on one thread that waits for a free slot. */
    private void dispatch(long n, int failures) {
        dispatcher.execute(() -> {
            slots.acquireUninterruptibly();
            attempt(n, failures);
        });
    }

    private void attempt(long n, int failures) {
        attempts.increment();
        String key = Gateway.channelKey(bodies.sample(n).channel());
        gateway.post("/api/v1/appeals", key, bodies.body(n)).whenComplete((response, failure) -> {
            slots.release();
            if (failure == null && response.statusCode() == 202) {
                String appealId = appealId(response);
                keyOfAppeal.put(appealId, key);
                ledger.accepted(bodies.externalId(n), appealId);
                open.decrementAndGet();
                return;
            }
            errors.add("submit", failure == null ? "HTTP " + response.statusCode() : kind(failure));
            if (givingUp) {
                errors.add("submit", "given up");
                open.decrementAndGet();
                return;
            }
            long backoff = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(failures, 4));
            retries.schedule(() -> dispatch(n, failures + 1), backoff, TimeUnit.MILLISECONDS);
        });
    }

    private String appealId(HttpResponse<String> response) {
        return json.readTree(response.body()).path("appealId").asString();
    }

    /** {@code ConnectException}, {@code HttpTimeoutException}, ...: the cause, not the future's wrapper. */
    static String kind(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }
}
