package org.appeals.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The adapter's settings that are not secrets ({@code appeals.telegram.*}, see application.yml and the README).
 *
 * @param mode how updates arrive: WEBHOOK (Telegram POSTs them) or POLLING (getUpdates, for a bot with no public address)
 * @param webhookUrl the public HTTPS address of {@code /webhooks/telegram-bot} to register with setWebhook; blank:
 *                   registered by hand (or, with the demo fake, this instance's local address)
 * @param publicUrl where residents' photos are served from ({@code <publicUrl>/files/<file_id>}), for the appeal's links
 * @param locationWindow how long a text waits for a location sent right after it (and a location for its text)
 * @param replyAttempts rounds of sending one reply (each with its own retries) before it is reported FAILED
 */
@ConfigurationProperties("appeals.telegram")
public record TelegramProperties(
        Mode mode,
        String apiUrl,
        String webhookUrl,
        String publicUrl,
        int fakePort,
        Duration locationWindow,
        Duration pollTimeout,
        Duration workInterval,
        int replyAttempts,
        Retry retry) {

    /** How updates reach the adapter. */
    public enum Mode { WEBHOOK, POLLING }

    /** Retries of one Bot API call: attempts, the first back-off, and the longest retry_after waited in place. */
    public record Retry(int attempts, Duration firstBackOff, Duration maxWait) {
    }
}
