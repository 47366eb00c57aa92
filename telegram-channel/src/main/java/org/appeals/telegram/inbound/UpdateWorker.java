package org.appeals.telegram.inbound;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.telegram.bot.BotApiException;
import org.appeals.telegram.feedback.FeedbackPresses;
import org.appeals.telegram.gateway.GatewayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handles the inbox in update_id order, on one instance at a time (ShedLock's {@code telegram.updates}), so a chat's
 * messages are read in the order the resident sent them; then registers the drafts whose wait is over. Trouble that
 * may pass (gateway or Bot API away) stops the round and the update is tried again next round, up to
 * {@value #MAX_ATTEMPTS} times; anything else is logged with the update id and the update marked done.
 */
@Component
class UpdateWorker {

    static final int MAX_ATTEMPTS = 20;
    private static final Logger log = LoggerFactory.getLogger(UpdateWorker.class);
    private final UpdateInbox inbox;
    private final MessageHandler messages;
    private final FeedbackPresses presses;
    private final Drafts drafts;
    private final DraftSubmitter submitter;
    private final InboundMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    UpdateWorker(UpdateInbox inbox, MessageHandler messages, FeedbackPresses presses, Drafts drafts,
                 DraftSubmitter submitter, InboundMetrics metrics, JsonMapper json, Clock clock) {
        this.inbox = inbox;
        this.messages = messages;
        this.presses = presses;
        this.drafts = drafts;
        this.submitter = submitter;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** Public and called through the bean: ShedLock's proxy takes the lock. */
    @Scheduled(fixedDelayString = "${appeals.telegram.work-interval:500ms}")
    @SchedulerLock(name = "telegram.updates", lockAtMostFor = "PT2M")
    public void work() {
        for (UpdateInbox.StoredUpdate update : inbox.pending(50)) {
            if (!handled(update)) {
                return;
            }
        }
        for (Draft draft : drafts.due(clock.instant())) {
            try {
                submitter.submit(draft);
            } catch (RuntimeException e) {
                log.warn("held appeal of message {} not registered yet: {}", draft.messageId(), e.getMessage());
                return;
            }
        }
    }

    private boolean handled(UpdateInbox.StoredUpdate update) {
        try {
            handle(json.readTree(update.json()));
            inbox.done(update.updateId(), "HANDLED");
            return true;
        } catch (GatewayException | BotApiException e) {
            boolean passing = e instanceof GatewayException g ? !g.permanent() : ((BotApiException) e).transientFailure();
            if (passing && inbox.failed(update.updateId(), e.getMessage()) < MAX_ATTEMPTS) {
                log.warn("update {} to be tried again: {}", update.updateId(), e.getMessage());
                return false;
            }
            log.warn("update {} given up: {}", update.updateId(), e.getMessage());
            inbox.done(update.updateId(), "FAILED: " + e.getMessage());
            return true;
        } catch (RuntimeException e) {
            log.error("update {} could not be handled", update.updateId(), e);
            inbox.done(update.updateId(), "FAILED: " + e.getClass().getSimpleName());
            return true;
        }
    }

    private void handle(JsonNode update) {
        var message = Updates.message(update);
        if (message.isPresent()) {
            messages.handle(message.get());
            return;
        }
        var press = Updates.press(update);
        if (press.isPresent()) {
            metrics.event("callback_query");
            presses.handle(press.get());
        } else {
            metrics.event("other");
        }
    }
}
