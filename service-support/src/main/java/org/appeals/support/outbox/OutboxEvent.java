package org.appeals.support.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event waiting in the document of the change that caused it. Its id is fixed when it is stored, so a republished
 * event is the same event and idempotent consumers apply it once. Equal when the five stored parts are equal.
 */
public final class OutboxEvent {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String CONTRACTS = AppealEvent.class.getPackageName() + ".";

    private final UUID eventId;
    private final String topic;
    private final String type;
    private final String json;
    private final Instant createdAt;
    // the event this was made from, if made here: a request publishes it without reading its own JSON back
    private final AppealEvent made;

    /**
     * @param type the contract record's simple name, e.g. {@code AppealStateChanged}
     * @param json the event as written; may hold a resident's text, so {@link #toString()} leaves it out
     */
    public OutboxEvent(UUID eventId, String topic, String type, String json, Instant createdAt) {
        this(eventId, topic, type, json, createdAt, null);
    }

    private OutboxEvent(UUID eventId, String topic, String type, String json, Instant createdAt, AppealEvent made) {
        this.eventId = eventId;
        this.topic = topic;
        this.type = type;
        this.json = json;
        this.createdAt = createdAt;
        this.made = made;
    }

    /** The event to publish on {@code topic}, created at its {@code occurredAt}. */
    public static OutboxEvent of(String topic, AppealEvent event) {
        return new OutboxEvent(event.eventId(), topic, event.getClass().getSimpleName(),
                JSON.writeValueAsString(event), event.occurredAt(), event);
    }

    public UUID eventId() {
        return eventId;
    }

    public String topic() {
        return topic;
    }

    public String type() {
        return type;
    }

    public String json() {
        return json;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The event as it was written. */
    public AppealEvent event() {
        if (made != null) {
            return made;
        }
        try {
            Class<?> recordType = Class.forName(CONTRACTS + type);
            if (!AppealEvent.class.isAssignableFrom(recordType)) {
                throw new IllegalStateException("outbox holds " + type + ", which is not an appeal event");
            }
            return (AppealEvent) JSON.readValue(json, recordType);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("outbox holds an event of unknown type " + type, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxEvent that && eventId.equals(that.eventId) && topic.equals(that.topic)
                && type.equals(that.type) && json.equals(that.json) && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, topic, type, json, createdAt);
    }

    @Override
    public String toString() {
        return "OutboxEvent[eventId=" + eventId + ", topic=" + topic + ", type=" + type + "]";
    }
}
