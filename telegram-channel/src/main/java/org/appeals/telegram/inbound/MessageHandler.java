package org.appeals.telegram.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.bot.TelegramBot;
import org.appeals.telegram.chat.ChatAppeals;
import org.appeals.telegram.chat.StatusReport;
import org.appeals.telegram.gateway.GatewayClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resident's message. /start and /status are answered at once; a reply to one of the bot's messages about an
 * appeal is the resident's reply to it ({@code inReplyTo}); any other text or photo with a caption becomes an appeal.
 * Telegram sends a shared location as a message of its own, so a text waits {@code locationWindow} for a location
 * from the same chat (and a location waits as long for its text) before it is registered: the two then make one
 * appeal with coordinates. A second text in the window registers the first one without waiting.
 */
@Component
class MessageHandler {

    private final TelegramBot bot;
    private final Drafts drafts;
    private final DraftSubmitter submitter;
    private final ChatAppeals chatAppeals;
    private final StatusReport status;
    private final GatewayClient gateway;
    private final InboundMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration window;

    MessageHandler(TelegramBot bot, Drafts drafts, DraftSubmitter submitter, ChatAppeals chatAppeals,
                   StatusReport status, GatewayClient gateway, InboundMetrics metrics, JsonMapper json, Clock clock,
                   TelegramProperties properties) {
        this.bot = bot;
        this.drafts = drafts;
        this.submitter = submitter;
        this.chatAppeals = chatAppeals;
        this.status = status;
        this.gateway = gateway;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.window = properties.locationWindow();
    }

    void handle(IncomingMessage message) {
        if (message.isCommand("/start") || message.isCommand("/help")) {
            metrics.event("command");
            bot.sendMessage(message.chatId(), Texts.welcome(window), null, null);
        } else if (message.isCommand("/status")) {
            metrics.event("command");
            bot.sendMessage(message.chatId(), status.of(message.chatId()), message.messageId(), null);
        } else if (repliedAppeal(message).isPresent() && message.hasText()) {
            metrics.event("reply");
            gateway.submit(Submissions.reply(message, repliedAppeal(message).get(), json));
            metrics.submitted("reply");
        } else if (message.hasText()) {
            metrics.event(message.photoFileId() != null ? "photo" : "message");
            text(message);
        } else if (message.hasLocation()) {
            metrics.event("location");
            location(message);
        } else {
            metrics.event(message.photoFileId() != null ? "photo_without_caption" : "other");
            bot.sendMessage(message.chatId(), Texts.NEEDS_TEXT, message.messageId(), null);
        }
    }

    private Optional<String> repliedAppeal(IncomingMessage message) {
        return message.replyToMessageId() == null ? Optional.empty()
                : chatAppeals.appealOfBotMessage(message.chatId(), message.replyToMessageId());
    }

    private void text(IncomingMessage message) {
        Draft draft = Draft.of(message, clock.instant().plus(window));
        Optional<Draft> held = drafts.of(message.chatId());
        if (held.isPresent() && !held.get().hasText() && held.get().hasLocation()) {
            submitter.submit(draft.withLocationOf(held.get()));
            return;
        }
        if (held.isPresent() && held.get().hasText()) {
            submitter.submit(held.get());
        }
        drafts.hold(draft);
    }

    private void location(IncomingMessage message) {
        Optional<Draft> held = drafts.of(message.chatId());
        Draft located = Draft.of(message, clock.instant().plus(window));
        if (held.isPresent() && held.get().hasText()) {
            submitter.submit(held.get().withLocationOf(located));
            return;
        }
        drafts.hold(located);
        bot.sendMessage(message.chatId(), Texts.LOCATION_NEEDS_TEXT, message.messageId(), null);
    }
}
