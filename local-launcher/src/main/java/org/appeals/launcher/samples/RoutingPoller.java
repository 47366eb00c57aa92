package org.appeals.launcher.samples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Polls the operator view of every registered sample until routing has placed all of them, or time is up. */
final class RoutingPoller {

    private static final long INTERVAL_MILLIS = 500;

    private final GatewayClient gateway;
    private final Duration timeout;

    RoutingPoller(GatewayClient gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
    }

    /** The results with the latest view of each appeal; the ones still unrouted at the deadline stay as they are. */
    List<SampleResult> awaitRouted(List<SampleResult> submitted) {
        AtomicReferenceArray<SampleResult> latest = new AtomicReferenceArray<>(submitted.toArray(SampleResult[]::new));
        CompletableFuture<Void> allRouted = new CompletableFuture<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleWithFixedDelay(() -> pollRound(latest, allRouted), 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        try {
            allRouted.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // report what there is: the table shows which appeals were not routed in time
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.shutdownNow();
        }
        return java.util.stream.IntStream.range(0, latest.length()).mapToObj(latest::get).toList();
    }

    private void pollRound(AtomicReferenceArray<SampleResult> latest, CompletableFuture<Void> allRouted) {
        try {
            boolean pending = false;
            for (int i = 0; i < latest.length(); i++) {
                SampleResult result = latest.get(i);
                if (result.submission().appealId() != null && !result.isRouted()) {
                    SampleResult polled = gateway.fetch(result.sample(), result.submission().appealId())
                            .map(result::withView).orElse(result);
                    latest.set(i, polled);
                    pending |= !polled.isRouted();
                }
            }
            if (!pending) {
                allRouted.complete(null);
            }
        } catch (RuntimeException e) {
            allRouted.completeExceptionally(e);
        }
    }
}
