package org.appeals.notification.dispatch;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due deliveries every poll interval on every instance: no {@code @SchedulerLock}, each instance claims its
 * own deliveries one by one (a lease per delivery). Scheduled tasks start once the context is refreshed, after the
 * Kafka and MongoDB clients, and stop before the senders' executor lets its sends in flight finish.
 */
@Component
class DeliveryPolling {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPolling.class);

    private final DeliveryWorker worker;
    private final Executor senders;

    DeliveryPolling(DeliveryWorker worker, @Qualifier(DispatchConfiguration.SENDERS) Executor senders) {
        this.worker = worker;
        this.senders = senders;
    }

    @Scheduled(fixedDelayString = "${appeals.notification.worker.poll-interval:200ms}")
    void poll() {
        try {
            worker.poll(senders);
        } catch (RuntimeException e) {
            log.warn("delivery poll failed: {}", e.toString());
        }
    }
}
