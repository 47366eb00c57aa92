package org.appeals.ok.outbound;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import org.appeals.contracts.WebhookSignature;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/ok}: notification's signed replies (README "Webhooks to channel adapters"). The signature is
 * checked under {@code WEBHOOK_SECRET_OK} (any of the listed ones may match, for rotations) and the timestamp must be
 * fresh; the reply is stored once per {@code X-Appeals-Delivery} before 200 goes back, and posted right after. The
 * same delivery again while it is handled changes nothing; after it is done it is an operator's re-send: a FAILED
 * reply is tried anew, a DELIVERED one only reported again.
 */
@RestController
class ReplyWebhookController {

    private final ReplyWebhookSecret secret;
    private final StoredReplies replies;
    private final ReplyDispatcher dispatcher;
    private final ReplyMetrics metrics;
    private final Executor workers;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration maxAge;

    ReplyWebhookController(ReplyWebhookSecret secret, StoredReplies replies, ReplyDispatcher dispatcher,
                           ReplyMetrics metrics, @Qualifier("okWorkers") Executor workers,
                           JsonMapper json, Clock clock, @Value("${appeals.webhook.max-age}") Duration maxAge) {
        this.secret = secret;
        this.replies = replies;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.workers = workers;
        this.json = json;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @PostMapping("/webhooks/ok")
    ResponseEntity<Map<String, Object>> reply(@RequestHeader("X-Appeals-Delivery") String deliveryId,
                                              @RequestHeader("X-Appeals-Timestamp") String timestamp,
                                              @RequestHeader("X-Appeals-Signature") String signature,
                                              @RequestBody byte[] body) {
        if (!authentic(timestamp, body, signature)) {
            metrics.reply(ReplyMetrics.Outcome.REFUSED);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "bad or stale signature"));
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException unreadable) {
            return ResponseEntity.badRequest().body(Map.of("error", "not JSON"));
        }
        IncomingReply reply = IncomingReply.of(deliveryId, node);
        if (replies.store(reply, clock.instant()) || replies.again(reply, clock.instant())) {
            handleSoon(() -> dispatcher.dispatch(deliveryId));
        } else {
            metrics.reply(ReplyMetrics.Outcome.DUPLICATE);
        }
        return ResponseEntity.ok(Map.of("deliveryId", deliveryId));
    }

    private boolean authentic(String timestamp, byte[] body, String signature) {
        return WebhookSignature.verifiesCall(secret.value(), timestamp, body, signature, clock.instant(), maxAge);
    }

    /** On a worker now; with every worker busy the sweep takes it up (it is stored already). */
    private void handleSoon(Runnable task) {
        try {
            workers.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException busy) {
            // left to the sweep
        }
    }
}
