package org.appeals.telegram.reply;

import java.time.Clock;
import java.time.Duration;
import org.appeals.contracts.WebhookSignature;
import org.appeals.support.identity.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/telegram}: notification's signed reply. The signature (any of the listed ones, under
 * {@code WEBHOOK_SECRET_TELEGRAM}) and a timestamp within 5 minutes are required (401 otherwise); the reply is stored,
 * unique on {@code X-Appeals-Delivery}, and answered 202 — posting to Telegram happens after, from the store.
 */
@RestController
class ReplyWebhookController {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(ReplyWebhookController.class);
    private final Replies replies;
    private final JsonMapper json;
    private final Clock clock;
    private final String secret;

    ReplyWebhookController(Replies replies, JsonMapper json, Clock clock, Environment environment) {
        this.replies = replies;
        this.json = json;
        this.clock = clock;
        this.secret = Secrets.require(environment, "appeals.telegram.reply-webhook-secret", "WEBHOOK_SECRET_TELEGRAM");
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> reply(@RequestHeader(name = "X-Appeals-Delivery", required = false) String delivery,
                               @RequestHeader(name = "X-Appeals-Timestamp", required = false) String timestamp,
                               @RequestHeader(name = "X-Appeals-Signature", required = false) String signature,
                               @RequestBody(required = false) byte[] body) {
        if (!WebhookSignature.verifiesCall(secret, timestamp, body, signature, clock.instant(), MAX_AGE)) {
            return ResponseEntity.status(401).build();
        }
        PendingReply reply;
        try {
            JsonNode node = json.readTree(body);
            reply = ReplyMessages.parse(node);
        } catch (JacksonException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        if (delivery == null || !delivery.equals(reply.deliveryId().toString())) {
            return ResponseEntity.badRequest().build();
        }
        if (!replies.take(reply)) {
            log.info("delivery {} came again: posted once", reply.deliveryId());
        }
        return ResponseEntity.accepted().build();
    }
}
