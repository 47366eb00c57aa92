package org.appeals.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.appeals.contracts.Channel;
import org.appeals.notification.circuit.ChannelCircuits;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Claims due deliveries while a sender thread is free and hands each to one. The claim is a lease in the
 * database, so several instances of the service never send the same delivery at once. Deliveries of a channel whose
 * circuit is open, or that has as many senders as one channel may have, are left for later, so one dead or slow
 * adapter never takes the threads the other channels need.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final DeliveryProcessor processor;
    private final WorkerProperties worker;
    private final RetrySchedule schedule;
    private final ChannelCircuits circuits;
    private final Clock clock;
    private final Semaphore freeSenders;

    DeliveryWorker(DeliveryClaims claims, DeliveryProcessor processor, WorkerProperties worker,
                   RetrySchedule schedule, ChannelCircuits circuits, Clock clock) {
        this.claims = claims;
        this.circuits = circuits;
        this.processor = processor;
        this.worker = worker;
        this.schedule = schedule;
        this.clock = clock;
        this.freeSenders = new Semaphore(worker.threads());
    }

    /**
     * One look for due deliveries; {@code senders} runs what is claimed. A sender that finishes looks again at once,
     * so a backlog drains as fast as the senders go rather than {@code threads} deliveries per poll interval (which
     * had capped the service at about 20 deliveries a second: see the README's benchmark).
     */
    void poll(Executor senders) {
        while (freeSenders.tryAcquire()) {
            Optional<Delivery> claimed = claimNext();
            if (claimed.isEmpty()) {
                freeSenders.release();
                return;
            }
            Channel channel = claimed.get().channel();
            if (channel != null) {
                circuits.entered(channel);
            }
            try {
                senders.execute(() -> step(claimed.get(), senders));
            } catch (RejectedExecutionException e) {
                // shutting down: give the delivery back now instead of at the end of its lease
                if (channel != null) {
                    circuits.left(channel);
                }
                freeSenders.release();
                release(claimed.get(), clock.instant());
                return;
            }
        }
    }

    private Optional<Delivery> claimNext() {
        try {
            return claims.claimDue(clock.instant(), worker.lease(), circuits.blocked());
        } catch (RuntimeException e) {
            log.warn("could not look for due deliveries: {}", e.toString());
            return Optional.empty();
        }
    }

    private void step(Delivery claimed, Executor senders) {
        try {
            processor.process(claimed);
        } catch (RuntimeException e) {
            log.warn("delivery {} could not go on, retried in {}: {}", claimed.id(), schedule.afterInternalFailure(),
                    e.toString());
            release(claimed, clock.instant().plus(schedule.afterInternalFailure()));
        } finally {
            if (claimed.channel() != null) {
                circuits.left(claimed.channel());
            }
            freeSenders.release();
        }
        poll(senders);
    }

    private void release(Delivery claimed, Instant dueAt) {
        try {
            claims.release(claimed, dueAt);
        } catch (RuntimeException e) {
            log.warn("delivery {} stays claimed until its lease ends: {}", claimed.id(), e.toString());
        }
    }
}
