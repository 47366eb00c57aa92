package org.appeals.routing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.TopicReader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What reached appeals.assigned, read from the topic's start as a department would read it. */
final class AssignedEvents implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final TopicReader topic;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    AssignedEvents(String bootstrapServers) {
        this.topic = new TopicReader(bootstrapServers, Topics.APPEALS_ASSIGNED);
    }

    /** The events about one appeal so far, in order. */
    List<AppealAssigned> of(UUID appealId) {
        return topic.valuesFor(appealId.toString()).stream()
                .map(value -> json.readValue(value, AppealAssigned.class))
                .toList();
    }

    /** Waits until at least {@code count} events about the appeal have arrived. */
    List<AppealAssigned> awaitAtLeast(UUID appealId, int count) {
        return await().atMost(WAIT).until(() -> of(appealId), events -> events.size() >= count);
    }

    @Override
    public void close() {
        topic.close();
    }
}
