package org.appeals.telegram.inbound;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.bot.BotApiException;
import org.appeals.telegram.bot.TelegramBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Long polling, for a bot with no public address ({@code TELEGRAM_MODE=polling}): getUpdates from the stored offset
 * (https://core.telegram.org/bots/api#getupdates), each update into the inbox, then the offset past the last one —
 * which also confirms them to Telegram. One instance polls at a time (ShedLock's {@code telegram.poll}); Telegram
 * answers 409 to two pollers of one bot. A crash between storing and moving the offset re-reads a few updates, which
 * the inbox, unique on update_id, keeps once.
 */
@Component
@ConditionalOnProperty(name = "appeals.telegram.mode", havingValue = "polling")
class UpdatePoller {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private final TelegramBot bot;
    private final UpdateInbox inbox;
    private final PollingOffsets offsets;
    private final JsonMapper json;
    private final TelegramProperties properties;

    UpdatePoller(TelegramBot bot, UpdateInbox inbox, PollingOffsets offsets, JsonMapper json,
                 TelegramProperties properties) {
        this.bot = bot;
        this.inbox = inbox;
        this.offsets = offsets;
        this.json = json;
        this.properties = properties;
    }

    /** Public and called through the bean: ShedLock's proxy takes the lock. */
    @Scheduled(fixedDelayString = "${appeals.telegram.poll-pause:200ms}")
    @SchedulerLock(name = "telegram.poll", lockAtMostFor = "PT2M")
    public void poll() {
        try {
            List<JsonNode> updates = bot.getUpdates(offsets.next(), properties.pollTimeout());
            long next = -1;
            for (JsonNode update : updates) {
                long id = update.path("update_id").asLong();
                inbox.record(id, json.writeValueAsString(update));
                next = Math.max(next, id + 1);
            }
            if (next > 0) {
                offsets.store(next);
            }
        } catch (BotApiException e) {
            log.warn("getUpdates failed: {}", e.getMessage());
        }
    }
}
