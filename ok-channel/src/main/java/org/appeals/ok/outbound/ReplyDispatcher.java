package org.appeals.ok.outbound;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.appeals.ok.api.OkApiException;
import org.appeals.ok.api.OkBot;
import org.appeals.ok.api.OkErrorKind;
import org.appeals.ok.api.OkProperties;
import org.appeals.ok.api.SentMessage;
import org.appeals.ok.gateway.Gateway;
import org.appeals.ok.gateway.GatewayProblem;
import org.appeals.ok.thread.Threads;
import org.appeals.ok.outbound.StoredReplies.Outcome;
import org.appeals.ok.outbound.StoredReplies.StoredReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts a stored reply's parts that are not posted yet, each as its own message answering the resident's message,
 * then reports the receipt. OK's limits outlasting the back-off, and an open circuit, leave the reply for later; a
 * chat that cannot be written to, or a message OK refuses, ends in a FAILED receipt with OK's reason.
 */
@Component
class ReplyDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReplyDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final StoredReplies replies;
    private final OkBot bot;
    private final Threads threads;
    private final Gateway gateway;
    private final ReplyMetrics metrics;
    private final OkProperties ok;
    private final Clock clock;

    ReplyDispatcher(StoredReplies replies, OkBot bot, Threads threads, Gateway gateway, ReplyMetrics metrics,
                    OkProperties ok, Clock clock) {
        this.replies = replies;
        this.bot = bot;
        this.threads = threads;
        this.gateway = gateway;
        this.metrics = metrics;
        this.ok = ok;
        this.clock = clock;
    }

    void dispatch(String deliveryId) {
        Instant now = clock.instant();
        replies.claim(deliveryId, now, now.plus(ok.lease())).ifPresent(this::handle);
    }

    private void handle(StoredReply stored) {
        if (stored.outcome() == null) {
            post(stored);
        } else {
            report(stored.reply().deliveryId(), stored.outcome(), stored.reason(), stored.attempts());
        }
    }

    private void post(StoredReply stored) {
        IncomingReply reply = stored.reply();
        if (reply.chatId() == null || reply.parts().isEmpty()) {
            decide(stored, Outcome.FAILED, "no OK chat or no text to post");
            return;
        }
        try {
            for (int part = stored.sentParts(); part < reply.parts().size(); part++) {
                SentMessage sent = bot.send(reply.chatId(), reply.parts().get(part), reply.messageId());
                boolean last = part == reply.parts().size() - 1;
                threads.posted(reply.chatId(), reply.appealId(), sent.mid(), reply.question() && last);
                replies.partSent(reply.deliveryId(), part + 1);
            }
            decide(stored, Outcome.DELIVERED, null);
        } catch (CallNotPermittedException open) {
            later(stored, ok.circuitOpenFor(), "the OK circuit is open (token refused)");
        } catch (OkApiException e) {
            if (e.kind() == OkErrorKind.TEMPORARY || e.kind() == OkErrorKind.BAD_TOKEN) {
                later(stored, backoff(stored.attempts()), e.reason());
            } else {
                decide(stored, Outcome.FAILED, e.reason());
            }
        }
    }

    private void decide(StoredReply stored, Outcome outcome, String reason) {
        replies.decided(stored.reply().deliveryId(), outcome, reason);
        metrics.reply(outcome == Outcome.DELIVERED ? ReplyMetrics.Outcome.DELIVERED : ReplyMetrics.Outcome.FAILED);
        if (outcome == Outcome.FAILED) {
            log.warn("reply {} not posted: {}", stored.reply().deliveryId(), reason);
        }
        report(stored.reply().deliveryId(), outcome, reason, stored.attempts());
    }

    private void report(String deliveryId, Outcome outcome, String reason, int attempts) {
        try {
            gateway.receipt(deliveryId, outcome.name(), reason);
            replies.reported(deliveryId);
        } catch (GatewayProblem problem) {
            if (problem.retryable()) {
                replies.retryAt(deliveryId, clock.instant().plus(backoff(attempts)), problem.getMessage());
            } else {
                // 404/409: the platform knows another answer for this delivery; nothing to add
                log.warn("receipt for delivery {} refused: {}", deliveryId, problem.getMessage());
                replies.reported(deliveryId);
            }
        }
    }

    private void later(StoredReply stored, Duration wait, String reason) {
        metrics.reply(ReplyMetrics.Outcome.DEFERRED);
        replies.retryAt(stored.reply().deliveryId(), clock.instant().plus(wait), reason);
        log.info("reply {} deferred {} s: {}", stored.reply().deliveryId(), wait.toSeconds(), reason);
    }

    private static Duration backoff(int attempts) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 16));
        return Duration.ofSeconds(seconds);
    }
}
