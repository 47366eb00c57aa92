package org.appeals.vk.callback;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.appeals.vk.gateway.Gateway;
import org.appeals.vk.gateway.GatewayRefused;
import org.appeals.vk.gateway.GatewayUnavailable;
import org.appeals.vk.gateway.Registered;
import org.appeals.vk.settings.VkSettings;
import org.appeals.vk.thread.AppealThread;
import org.appeals.vk.thread.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a recorded event into an appeal, or into the resident's reply where the platform answered in that thread,
 * in the background (VK has its {@code ok} already). A gateway that is away leaves the event pending; the sweeper
 * takes it up again once its lease ran out, and the gateway's de-duplication on {@code externalId} makes the
 * second submission harmless.
 */
@Component
class EventProcessor {

    private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

    private final CallbackEvents events;
    private final EventMapper mapper;
    private final Gateway gateway;
    private final Threads threads;
    private final CallbackMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService work = Executors.newFixedThreadPool(2);

    EventProcessor(CallbackEvents events, VkSettings settings, Gateway gateway, Threads threads,
                   CallbackMetrics metrics, Clock clock, @Value("${appeals.vk.lease:30s}") Duration lease) {
        this.events = events;
        this.mapper = new EventMapper(settings);
        this.gateway = gateway;
        this.threads = threads;
        this.metrics = metrics;
        this.clock = clock;
        this.lease = lease;
    }

    /** Until when a claim holds: past it the sweeper takes the event up again. */
    Instant leaseFromNow() {
        return clock.instant().plus(lease);
    }

    void processLater(StoredEvent event) {
        work.execute(() -> process(event));
    }

    void process(StoredEvent event) {
        try {
            Optional<Inbound> inbound = mapper.map(json.readTree(event.json()));
            String outcome = inbound.map(this::submit).orElse("ignored");
            events.done(event.eventId(), outcome, clock.instant());
        } catch (GatewayRefused e) {
            log.warn("event {} ({}) refused by the gateway, not retried: {}", event.eventId(), event.type(),
                    e.getMessage());
            events.done(event.eventId(), "refused", clock.instant());
        } catch (GatewayUnavailable e) {
            log.warn("event {} ({}) waits: {}", event.eventId(), event.type(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("event {} ({}) failed; it is taken up again later", event.eventId(), event.type(), e);
        }
    }

    private String submit(Inbound inbound) {
        Optional<AppealThread> answered = inbound.answeredIn().stream().map(threads::find).flatMap(Optional::stream)
                .filter(AppealThread::answered).findFirst();
        Map<String, Object> body = submission(inbound);
        if (answered.isPresent()) {
            body.put("inReplyTo", answered.get().appealId());
            gateway.submit(body);
            metrics.submitted("reply");
            return "reply";
        }
        Registered registered = gateway.submit(body);
        threads.started(inbound.threadKey(), registered.appealId(), registered.registrationNumber(),
                registered.accessCode());
        metrics.submitted("appeal");
        return "submitted";
    }

    private static Map<String, Object> submission(Inbound inbound) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "VK");
        body.put("externalId", inbound.externalId());
        body.put("text", inbound.text());
        body.put("author", Map.of("id", inbound.authorId()));
        body.put("replyTo", inbound.replyTo());
        if (!inbound.attachments().isEmpty()) {
            body.put("attachments", inbound.attachments());
        }
        if (inbound.location() != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("lat", inbound.location().lat());
            location.put("lon", inbound.location().lon());
            if (inbound.location().address() != null) {
                location.put("address", inbound.location().address());
            }
            body.put("location", location);
        }
        if (inbound.receivedAt() != null) {
            body.put("receivedAt", inbound.receivedAt().toString());
        }
        return body;
    }

    @PreDestroy
    void stop() {
        work.shutdown();
    }
}
