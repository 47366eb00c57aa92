package org.appeals.notification.dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the delivery worker's polls on their own threads from start-up to shutdown. It stops first and starts last,
 * so no delivery is taken while Kafka or MongoDB clients are not there.
 */
@Component
class WorkerLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerLifecycle.class);

    private final DeliveryWorker worker;
    private final WorkerProperties properties;
    private ScheduledExecutorService poller;
    private ExecutorService senders;
    private volatile boolean running;

    WorkerLifecycle(DeliveryWorker worker, WorkerProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    @Override
    public void start() {
        senders = Executors.newFixedThreadPool(properties.threads(), new CustomizableThreadFactory("delivery-sender-"));
        poller = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("delivery-poller-"));
        poller.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    private void poll() {
        try {
            worker.poll(senders);
        } catch (RuntimeException e) {
            // an exception would cancel the schedule for good; the next poll tries again
            log.warn("delivery poll failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        senders.shutdown();
        try {
            // a sender in a webhook call gets its read timeout; what it has not stored is retried after the lease
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
