package org.appeals.telegram.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.appeals.telegram.TelegramProperties;
import org.springframework.core.env.Environment;
import org.appeals.support.identity.Secrets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/telegram-bot}: Telegram's webhook (https://core.telegram.org/bots/api#setwebhook). The
 * {@code X-Telegram-Bot-Api-Secret-Token} header must equal {@code TELEGRAM_WEBHOOK_SECRET} (403 otherwise); the
 * update is stored, unique on update_id, and answered 200 at once — Telegram re-sends on anything else, and a
 * re-sent update is stored once. The worker handles it from the inbox.
 */
@RestController
class UpdateWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private final UpdateInbox inbox;
    private final InboundMetrics metrics;
    private final JsonMapper json;
    private final byte[] secret;

    UpdateWebhookController(UpdateInbox inbox, InboundMetrics metrics, JsonMapper json, Environment environment,
                            TelegramProperties properties) {
        this.inbox = inbox;
        this.metrics = metrics;
        this.json = json;
        this.secret = properties.mode() == TelegramProperties.Mode.WEBHOOK
                ? WebhookSecret.checked(Secrets.require(environment, WebhookSecret.PROPERTY, WebhookSecret.VARIABLE))
                        .getBytes(StandardCharsets.UTF_8)
                : null;
    }

    @PostMapping("/webhooks/telegram-bot")
    ResponseEntity<Void> update(@RequestHeader(name = SECRET_HEADER, required = false) String token,
                                @RequestBody(required = false) byte[] body) {
        if (secret == null || token == null
                || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).build();
        }
        JsonNode update;
        try {
            update = json.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        if (update == null || !update.path("update_id").isIntegralNumber()) {
            return ResponseEntity.badRequest().build();
        }
        if (!inbox.record(update.path("update_id").asLong(), json.writeValueAsString(update))) {
            metrics.event("duplicate");
        }
        return ResponseEntity.ok().build();
    }
}
