package org.appeals.vk.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.appeals.vk.settings.VkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /callback/vk}, the address given in the community's Callback API settings
 * (https://dev.vk.com/ru/api/callback/getting-started). {@code confirmation} is answered with the configured string.
 * Every other request must carry the configured {@code secret} and the community's {@code group_id}: one that does
 * not is not processed, but still answered {@code ok} — VK treats any other answer as a failure, re-sends it and
 * after several in a row stops sending to the server; a forger learns nothing either way. An event is answered
 * {@code ok} once it is recorded (unique on {@code event_id}, so a re-sent event is processed once); if it cannot be
 * recorded the answer is 503 and VK sends it again.
 */
@RestController
class CallbackController {

    private static final Logger log = LoggerFactory.getLogger(CallbackController.class);
    static final String OK = "ok";

    private final VkSettings settings;
    private final CallbackEvents events;
    private final EventProcessor processor;
    private final CallbackMetrics metrics;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    CallbackController(VkSettings settings, CallbackEvents events, EventProcessor processor, CallbackMetrics metrics,
                       Clock clock) {
        this.settings = settings;
        this.events = events;
        this.processor = processor;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping(path = "/callback/vk", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> callback(@RequestBody(required = false) byte[] body) {
        JsonNode event;
        try {
            event = json.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body("Bad Request");
        }
        if (event == null || !event.isObject()) {
            return ResponseEntity.badRequest().body("Bad Request");
        }
        String type = event.path("type").asString("");
        if (event.path("group_id").asLong() != settings.groupId()) {
            return rejected(type, "another community");
        }
        if ("confirmation".equals(type)) {
            metrics.event(type);
            return ResponseEntity.ok(settings.confirmationCode());
        }
        if (!secretMatches(event.path("secret").asString(""))) {
            return rejected(type, "wrong secret");
        }
        return recorded(event, type);
    }

    private ResponseEntity<String> recorded(JsonNode event, String type) {
        String eventId = event.path("event_id").asString("");
        if (eventId.isEmpty()) {
            return rejected(type, "no event_id");
        }
        StoredEvent stored = new StoredEvent(eventId, type, json.writeValueAsString(event));
        boolean fresh;
        try {
            fresh = events.record(stored, clock.instant(), processor.leaseFromNow());
        } catch (RuntimeException e) {
            log.error("Callback API event not recorded; VK will send it again", e);
            return ResponseEntity.status(503).body("Service Unavailable");
        }
        if (!fresh) {
            metrics.event("duplicate");
            return ResponseEntity.ok(OK);
        }
        metrics.event(type);
        processor.processLater(stored);
        return ResponseEntity.ok(OK);
    }

    private ResponseEntity<String> rejected(String type, String why) {
        metrics.event("rejected");
        // the type comes from the caller: logged only when it looks like one of VK's
        log.warn("Callback API request of type {} not processed: {}", type.matches("[a-z_]{1,40}") ? type : "?", why);
        return ResponseEntity.ok(OK);
    }

    private boolean secretMatches(String sent) {
        return MessageDigest.isEqual(settings.callbackSecret().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
