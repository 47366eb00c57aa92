package org.appeals.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.appeals.contracts.Channel;
import org.appeals.notification.circuit.ChannelCircuits;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.support.outbox.OutboxEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker's scheduling alone: claims from a queue, a processor that only counts, four sender threads. */
class DeliveryWorkerTest {

    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final QueueClaims claims = new QueueClaims();
    private final Queue<UUID> processed = new ConcurrentLinkedQueue<>();
    private final CountDownLatch webhookCalls = new CountDownLatch(1);

    @AfterEach
    void stopSenders() throws InterruptedException {
        senders.shutdownNow();
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void oneLookDrainsABacklogLargerThanTheSendersWithoutWaitingForTheNextPoll() {
        for (int i = 0; i < 50; i++) {
            claims.due.add(delivery());
        }

        worker().poll(senders);
        // every sender is in a (simulated) webhook call: the look has taken four and returned
        assertThat(claims.due).hasSize(46);
        webhookCalls.countDown();

        // before, the other 46 waited for later polls, four per poll interval (an hour here)
        await().atMost(Duration.ofSeconds(5)).until(() -> processed.size() == 50);
        assertThat(claims.due).isEmpty();
        assertThat(processed).doesNotHaveDuplicates();
    }

    @Test
    void aDeliveryClaimedWhileTheSendersShutDownIsGivenBackAtOnce() {
        claims.due.add(delivery());
        webhookCalls.countDown();
        senders.shutdown();

        worker().poll(senders);

        assertThat(processed).isEmpty();
        assertThat(claims.released).hasSize(1);
    }

    private DeliveryWorker worker() {
        ChannelCircuits circuits = mock(ChannelCircuits.class);
        when(circuits.blocked()).thenReturn(Set.of());
        DeliveryProcessor counting = new DeliveryProcessor(null, null, null, null, null, null, null) {
            @Override
            void process(Delivery claimed) {
                try {
                    webhookCalls.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                processed.add(claimed.id());
            }
        };
        return new DeliveryWorker(claims, counting, new WorkerProperties(Duration.ofHours(1), 4, null, null),
                new RetrySchedule(new RetryProperties(null, null, null, null, null)), circuits, Clock.systemUTC());
    }

    private static Delivery delivery() {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), 0, null, null, null, null, null, null,
                Channel.VK, DeliveryState.PENDING, List.of(), false, null, Instant.now(), null, null, 0, null, List.of());
    }

    /** Hands out each queued delivery once, as the lease in MongoDB does. */
    private static final class QueueClaims implements DeliveryClaims {

        final Queue<Delivery> due = new ConcurrentLinkedQueue<>();
        final Queue<Delivery> released = new ConcurrentLinkedQueue<>();

        @Override
        public Optional<Delivery> claimDue(Instant now, Duration lease, Set<Channel> blocked) {
            return Optional.ofNullable(due.poll());
        }

        @Override
        public void release(Delivery claimed, Instant dueAt) {
            released.add(claimed);
        }

        @Override
        public boolean awaitAddress(Delivery claimed, Instant recheckAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markOutboundPublished(Delivery claimed, Channel channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retryLater(Delivery claimed, Attempt failed, Instant dueAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Delivery> finish(Delivery claimed, Attempt last, DeliveryState outcome, String detail,
                                         Instant now, List<OutboxEvent> announcements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean announce(Delivery finished, List<OutboxEvent> announcements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean skip(Delivery claimed, Instant now, String detail) {
            throw new UnsupportedOperationException();
        }
    }
}
