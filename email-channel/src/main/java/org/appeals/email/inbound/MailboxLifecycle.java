package org.appeals.email.inbound;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Polls the mailbox on its own thread from start-up to shutdown, one poll at a time. It starts last and stops first,
 * so no mail is taken while the Kafka producer is not there.
 */
@Component
class MailboxLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailboxLifecycle.class);

    private final MailboxPoller poller;
    private final MailboxStatus status;
    private final MailboxProperties properties;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    MailboxLifecycle(MailboxPoller poller, MailboxStatus status, MailboxProperties properties) {
        this.poller = poller;
        this.status = status;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("mailbox-poller-"));
            scheduler.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            log.info("polling {} every {}", properties, properties.pollInterval());
        }
        running = true;
    }

    private void poll() {
        try {
            status.succeeded(poller.poll());
        } catch (Exception e) {
            // an exception would cancel the schedule for good; the mails stay unseen and the next poll tries again
            status.failed(e);
            log.warn("mailbox poll failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a poll in progress finishes its mail: publish and mark seen belong together
                scheduler.awaitTermination(properties.timeout().toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
