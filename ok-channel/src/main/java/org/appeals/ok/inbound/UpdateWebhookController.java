package org.appeals.ok.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.appeals.ok.api.OkConnection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/ok-bot/{secret}}: OK's updates. OK signs nothing and names no secret header (only its source
 * addresses, 217.20.145.192/28, 217.20.151.160/28, 217.20.153.48/28); the subscribed URL's last segment is the
 * secret, so a call without it is answered 404 like an unknown path. A message is stored (once per mid) before the
 * 200 goes back — OK wants it within 5 seconds — and handled on a worker right after.
 */
@RestController
class UpdateWebhookController {

    private final OkConnection connection;
    private final StoredUpdates updates;
    private final UpdateProcessor processor;
    private final InboundMetrics metrics;
    private final Executor workers;
    private final JsonMapper json;
    private final Clock clock;

    UpdateWebhookController(OkConnection connection, StoredUpdates updates, UpdateProcessor processor,
                            InboundMetrics metrics, @Qualifier("okWorkers") Executor workers,
                            JsonMapper json, Clock clock) {
        this.connection = connection;
        this.updates = updates;
        this.processor = processor;
        this.metrics = metrics;
        this.workers = workers;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/webhooks/ok-bot/{secret}")
    ResponseEntity<Map<String, Object>> update(@PathVariable("secret") String secret, @RequestBody byte[] body) {
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                connection.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
            metrics.event(InboundMetrics.Event.REFUSED);
            return ResponseEntity.notFound().build();
        }
        Optional<OkUpdate> message = parse(body).flatMap(OkUpdate::of);
        if (message.isEmpty()) {
            metrics.event(InboundMetrics.Event.OTHER);
            return ResponseEntity.ok(Map.of());
        }
        String mid = message.get().mid();
        if (updates.store(mid, new String(body, StandardCharsets.UTF_8), clock.instant())) {
            metrics.event(InboundMetrics.Event.MESSAGE);
            handleSoon(() -> processor.process(mid));
        } else {
            metrics.event(InboundMetrics.Event.DUPLICATE);
        }
        return ResponseEntity.ok(Map.of());
    }

    private Optional<JsonNode> parse(byte[] body) {
        try {
            return Optional.of(json.readTree(body));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
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
