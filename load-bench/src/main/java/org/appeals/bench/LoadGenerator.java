package org.appeals.bench;

import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts appeals through the gateway at a set rate (an open model: appeal n is due at n/rate seconds, whether or not
 * earlier ones have been answered) or flat out, never more than {@code inFlight} requests open at once.
 */
final class LoadGenerator {

    private final Gateway gateway;
    private final AppealBodies bodies;
    private final Ledger ledger;
    private final ErrorCounts errors;
    private final JsonMapper json;
    private final LatencyLog acceptLatency = new LatencyLog();

    LoadGenerator(Gateway gateway, AppealBodies bodies, Ledger ledger, ErrorCounts errors, JsonMapper json) {
        this.gateway = gateway;
        this.bodies = bodies;
        this.ledger = ledger;
        this.errors = errors;
        this.json = json;
    }

    /** What was sent, how long sending took, and the 202 latencies. */
    record Run(long sent, long nanos, long[] acceptLatencies) {
    }

    Run run(BenchOptions options) throws InterruptedException {
        Semaphore open = new Semaphore(options.inFlight());
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        long interval = options.flatOut() ? 0 : 1_000_000_000L / options.rate();
        long n = 0;
        for (long now = start; now < end; now = System.nanoTime()) {
            long due = start + n * interval;
            if (due > now) {
                LockSupport.parkNanos(due - now);
                continue;
            }
            open.acquire();
            send(n++, open);
        }
        long sendingNanos = System.nanoTime() - start;
        if (!open.tryAcquire(options.inFlight(), 60, TimeUnit.SECONDS)) {
            errors.add("submit", "still open after 60 s");
        }
        return new Run(n, sendingNanos, acceptLatency.values());
    }

    private void send(long n, Semaphore open) {
        long sentAt = System.nanoTime();
        gateway.post("/api/v1/appeals", Gateway.channelKey(bodies.sample(n).channel()), bodies.body(n))
                .whenComplete((response, failure) -> {
                    long at = System.nanoTime();
                    open.release();
                    if (failure != null) {
                        errors.add("submit", failure.getClass().getSimpleName());
                    } else if (response.statusCode() != 202) {
                        errors.add("submit", "HTTP " + response.statusCode());
                    } else {
                        acceptLatency.add(at - sentAt);
                        ledger.accepted(appealId(response), at);
                    }
                });
    }

    private String appealId(HttpResponse<String> response) {
        return json.readTree(response.body()).path("appealId").asString();
    }
}
