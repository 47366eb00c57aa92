package org.appeals.telegram.inbound;

import org.appeals.support.identity.Secrets;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.bot.BotApiException;
import org.appeals.telegram.bot.TelegramBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells Telegram how updates come, once the adapter is up. Webhook mode: setWebhook with {@code TELEGRAM_WEBHOOK_URL}
 * (the public HTTPS address of {@code /webhooks/telegram-bot}; the demo fake gets this instance's local address),
 * the secret token and allowed_updates; without a URL the webhook is left as it is (set by hand). Polling mode:
 * deleteWebhook, since getUpdates answers 409 while a webhook is set.
 */
@Component
class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);
    private final TelegramBot bot;
    private final TelegramProperties properties;
    private final Environment environment;

    WebhookRegistration(TelegramBot bot, TelegramProperties properties, Environment environment) {
        this.bot = bot;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        try {
            if (properties.mode() == TelegramProperties.Mode.POLLING) {
                bot.deleteWebhook();
                return;
            }
            String url = url();
            if (url != null) {
                bot.setWebhook(url, Secrets.require(environment, WebhookSecret.PROPERTY, WebhookSecret.VARIABLE));
                log.info("webhook registered with {}", bot.endpoint());
            }
        } catch (BotApiException e) {
            log.warn("could not tell Telegram where updates go: {}", e.getMessage());
        }
    }

    private String url() {
        if (properties.webhookUrl() != null && !properties.webhookUrl().isBlank()) {
            return properties.webhookUrl();
        }
        if (bot.endpoint().fake()) {
            return "http://127.0.0.1:" + environment.getProperty("local.server.port") + "/webhooks/telegram-bot";
        }
        return null;
    }
}
