package org.appeals.vk.reply;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.appeals.vk.gateway.Gateway;
import org.appeals.vk.gateway.GatewayRefused;
import org.appeals.vk.gateway.GatewayUnavailable;
import org.appeals.vk.thread.Threads;
import org.appeals.vk.vkapi.VkApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Posts a taken reply's parts in order (each part's progress stored, so a retry posts only what is missing; VK's
 * own keys make a repeated part harmless too), then sends the receipt. 901/902 and VK's other refusals are a FAILED
 * receipt with the reason; rate limits that outlast the retries, a refused token (open circuit) or VK away leave the
 * reply pending for the sweeper.
 */
@Component
class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final Replies replies;
    private final VkPoster poster;
    private final Gateway gateway;
    private final Threads threads;
    private final ReplyMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService work = Executors.newFixedThreadPool(2);

    ReplySender(Replies replies, VkPoster poster, Gateway gateway, Threads threads, ReplyMetrics metrics,
                Clock clock, @Value("${appeals.vk.lease:30s}") Duration lease) {
        this.replies = replies;
        this.poster = poster;
        this.gateway = gateway;
        this.threads = threads;
        this.metrics = metrics;
        this.clock = clock;
        this.lease = lease;
    }

    /** Until when a claim holds: past it the sweeper takes the reply up again. */
    Instant leaseFromNow() {
        return clock.instant().plus(lease);
    }

    void sendLater(PendingReply reply) {
        work.execute(() -> send(reply));
    }

    void send(PendingReply reply) {
        try {
            String failure = reply.failure();
            if (failure == null && !reply.allPosted()) {
                failure = postRemaining(reply);
            }
            report(reply, failure);
        } catch (VkApiException | CallNotPermittedException | RestClientException e) {
            metrics.replied(ReplyMetrics.Outcome.HELD);
            log.warn("reply {} held, taken up again later: {}", reply.deliveryId(), e.getMessage());
        } catch (GatewayUnavailable e) {
            log.warn("receipt for reply {} waits: {}", reply.deliveryId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("reply {} failed; it is taken up again later", reply.deliveryId(), e);
        }
    }

    /** Null when every part is posted; VK's reason when VK refuses the reply for good. */
    private String postRemaining(PendingReply reply) {
        for (int part = reply.postedParts(); part < reply.parts().size(); part++) {
            try {
                poster.post(reply.deliveryId(), reply.replyTo(), part, reply.parts().get(part));
            } catch (VkApiException e) {
                if (e.retryable() || e.authorization()) {
                    throw e;
                }
                replies.failed(reply.deliveryId(), e.getMessage());
                return e.getMessage();
            } catch (IllegalArgumentException e) {
                String reason = "replyTo does not name a VK conversation, post or comment";
                replies.failed(reply.deliveryId(), reason);
                return reason;
            }
            replies.posted(reply.deliveryId(), part + 1);
        }
        return null;
    }

    private void report(PendingReply reply, String failure) {
        if (failure == null && reply.answer()) {
            remember(reply);
        }
        try {
            gateway.receipt(reply.deliveryId(), failure == null, failure);
        } catch (GatewayRefused e) {
            // a contradicting or unknown receipt: the platform knows better; nothing more to do here
            log.warn("receipt for reply {} refused: {}", reply.deliveryId(), e.getMessage());
        }
        if (failure == null) {
            metrics.replied(ReplyMetrics.Outcome.DELIVERED);
        } else {
            metrics.replied(ReplyMetrics.Outcome.FAILED);
        }
        replies.finished(reply.deliveryId(), clock.instant());
    }

    /** The resident's next words in this thread are a reply to the appeal. */
    private void remember(PendingReply reply) {
        try {
            threads.answered(VkPoster.threadOf(reply.replyTo()), reply.appealId());
        } catch (IllegalArgumentException unnamed) {
            log.warn("reply {} posted, but its thread has no name; the resident's next words start a new appeal",
                    reply.deliveryId());
        }
    }

    @PreDestroy
    void stop() {
        work.shutdown();
    }
}
