package org.appeals.vk.reply;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.WebhookSignature;
import org.appeals.vk.settings.VkSettings;
import org.appeals.vk.vkapi.VkCalls;
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
 * {@code POST /webhooks/vk}: the platform's signed reply (README "Webhooks to channel adapters"). A call whose
 * signature does not match {@code WEBHOOK_SECRET_VK} or whose timestamp is too old is 401. A reply is answered 202
 * once stored (then posted in the background), the same delivery again 200 without posting; while VK refuses the
 * token the answer is 503 with Retry-After, so the platform keeps the reply and retries.
 */
@RestController
class WebhookController {

    static final String DELIVERY = "X-Appeals-Delivery";
    static final String TIMESTAMP = "X-Appeals-Timestamp";
    static final String SIGNATURE = "X-Appeals-Signature";

    private final VkSettings settings;
    private final Replies replies;
    private final ReplySender sender;
    private final VkCalls vk;
    private final ReplyMetrics metrics;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookController(VkSettings settings, Replies replies, ReplySender sender, VkCalls vk, ReplyMetrics metrics,
                      Clock clock) {
        this.settings = settings;
        this.replies = replies;
        this.sender = sender;
        this.vk = vk;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping("/webhooks/vk")
    ResponseEntity<Map<String, Object>> reply(@RequestBody byte[] body,
                                              @RequestHeader(name = TIMESTAMP, required = false) String timestamp,
                                              @RequestHeader(name = SIGNATURE, required = false) String signature) {
        if (!authentic(body, timestamp, signature)) {
            return answer(HttpStatus.UNAUTHORIZED, "signature or timestamp not valid");
        }
        PendingReply reply;
        try {
            reply = parsed(json.readTree(body));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return answer(HttpStatus.BAD_REQUEST, "not an OutboundReply with deliveryId, appealId, replyTo and text");
        }
        if (vk.refusing()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                    .body(Map.of("detail", "VK refuses the community's token; try again later"));
        }
        if (!replies.take(reply, sender.leaseFromNow())) {
            metrics.replied(ReplyMetrics.Outcome.DUPLICATE);
            return ResponseEntity.ok(Map.of("deliveryId", reply.deliveryId(), "taken", true));
        }
        sender.sendLater(reply);
        return ResponseEntity.accepted().body(Map.of("deliveryId", reply.deliveryId(), "taken", true));
    }

    private boolean authentic(byte[] body, String timestamp, String signature) {
        return WebhookSignature.verifiesCall(settings.webhookSecret(), timestamp, body, signature, clock.instant(),
                settings.webhookMaxAge());
    }

    /** The OutboundReply fields the VK channel needs; {@code parts}, when present, are posted instead of the text. */
    static PendingReply parsed(JsonNode body) {
        UUID deliveryId = UUID.fromString(body.path("deliveryId").asString());
        String appealId = body.path("appealId").asString();
        Map<String, String> replyTo = new LinkedHashMap<>();
        body.path("replyTo").properties().forEach(entry -> replyTo.put(entry.getKey(), entry.getValue().asString()));
        List<String> parts = new ArrayList<>();
        body.path("parts").forEach(part -> parts.add(part.asString()));
        if (parts.isEmpty()) {
            parts.add(body.path("text").asString());
        }
        if (replyTo.isEmpty() || parts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("no reply address or text");
        }
        boolean answer = body.path("answerKind").isString() && body.path("notice").isMissingNode();
        return new PendingReply(deliveryId, appealId, Map.copyOf(replyTo), List.copyOf(parts), answer, 0, null);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "detail", detail));
    }
}
