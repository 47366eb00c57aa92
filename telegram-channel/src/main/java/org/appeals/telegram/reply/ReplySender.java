package org.appeals.telegram.reply;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.bot.BotApiException;
import org.appeals.telegram.bot.Keyboard;
import org.appeals.telegram.bot.TelegramBot;
import org.appeals.telegram.chat.ChatAppeals;
import org.appeals.telegram.feedback.FeedbackButtons;
import org.appeals.telegram.gateway.GatewayClient;
import org.appeals.telegram.gateway.GatewayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts the stored replies, one instance at a time (ShedLock's {@code telegram.replies}): each message with
 * sendMessage as a reply to the resident's message, the last one of a final answer with the rating buttons; each
 * bot message is remembered as the appeal's, so the resident's reply to it comes back as {@code inReplyTo}. Then the
 * receipt: DELIVERED, or FAILED with Telegram's description for what retrying cannot change (403: the bot was
 * blocked, 400: chat not found…). Flood control (429) and Telegram's trouble are retried by the client (waiting
 * retry_after), then here in later rounds, from the first message not yet posted, up to {@code replyAttempts}.
 */
@Component
class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    private final Replies replies;
    private final TelegramBot bot;
    private final ChatAppeals chatAppeals;
    private final FeedbackButtons buttons;
    private final GatewayClient gateway;
    private final ReplyMetrics metrics;
    private final Clock clock;
    private final TelegramProperties properties;

    ReplySender(Replies replies, TelegramBot bot, ChatAppeals chatAppeals, FeedbackButtons buttons,
                GatewayClient gateway, ReplyMetrics metrics, Clock clock, TelegramProperties properties) {
        this.replies = replies;
        this.bot = bot;
        this.chatAppeals = chatAppeals;
        this.buttons = buttons;
        this.gateway = gateway;
        this.metrics = metrics;
        this.clock = clock;
        this.properties = properties;
    }

    /** Public and called through the bean: ShedLock's proxy takes the lock. */
    @Scheduled(fixedDelayString = "${appeals.telegram.work-interval:500ms}")
    @SchedulerLock(name = "telegram.replies", lockAtMostFor = "PT5M")
    public void work() {
        replies.due(clock.instant(), 20).forEach(this::post);
        report();
    }

    private void post(PendingReply reply) {
        if (reply.chatId() == null || reply.parts().isEmpty()) {
            finish(reply, false, reply.chatId() == null ? "replyTo has no chatId" : "the reply has no text");
            return;
        }
        try {
            for (int i = reply.sentParts(); i < reply.parts().size(); i++) {
                boolean last = i == reply.parts().size() - 1;
                Keyboard keyboard = last && reply.finalAnswer() && reply.appealId() != null
                        ? buttons.under(reply.deliveryId(), reply.appealId(), reply.chatId()) : null;
                long messageId = bot.sendMessage(reply.chatId(), reply.parts().get(i), reply.replyToMessageId(),
                        keyboard);
                if (reply.appealId() != null) {
                    chatAppeals.botMessage(reply.chatId(), messageId, reply.appealId());
                }
                replies.partsSent(reply.deliveryId(), i + 1);
            }
            finish(reply, true, null);
        } catch (BotApiException e) {
            if (e.transientFailure()) {
                retryLater(reply, e);
            } else {
                finish(reply, false, "Telegram " + e.errorCode() + ": " + e.description());
            }
        }
    }

    private void retryLater(PendingReply reply, BotApiException e) {
        Duration wait = e.retryAfter() != null ? Duration.ofSeconds(e.retryAfter())
                : Duration.ofSeconds(Math.min(300, 5L << Math.min(reply.attempts(), 6)));
        int attempts = replies.later(reply.deliveryId(), clock.instant().plus(wait), e.getMessage());
        metrics.reply("retried");
        if (attempts >= properties.replyAttempts()) {
            finish(reply, false, "Telegram " + e.errorCode() + ": " + e.description() + " (" + attempts + " attempts)");
        }
    }

    private void finish(PendingReply reply, boolean delivered, String reason) {
        replies.outcome(reply.deliveryId(), delivered, reason);
        metrics.reply(delivered ? "delivered" : "failed");
        if (!delivered) {
            log.warn("delivery {} failed: {}", reply.deliveryId(), reason);
        }
    }

    private void report() {
        for (Replies.Outcome outcome : replies.unreported(20)) {
            try {
                gateway.receipt(outcome.deliveryId(), outcome.delivered(), outcome.reason());
                replies.reported(outcome.deliveryId());
            } catch (GatewayException e) {
                if (e.permanent()) { // the gateway will never take it (an unknown delivery, say): nothing to retry
                    log.warn("receipt for delivery {} refused: {}", outcome.deliveryId(), e.status());
                    replies.reported(outcome.deliveryId());
                    continue;
                }
                log.warn("receipt for delivery {} not taken yet: {}", outcome.deliveryId(), e.getMessage());
                return;
            }
        }
    }
}
