package org.appeals.support.outbox;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event waiting in the document of the change that caused it. Its id is fixed when it is stored, so a republished
 * event is the same event and idempotent consumers apply it once.
 *
 * @param type the contract record's simple name, e.g. {@code AppealStateChanged}
 * @param json the event as written; may hold a resident's text, so {@link #toString()} leaves it out
 */
public record OutboxEvent(UUID eventId, String topic, String type, String json, Instant createdAt) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String CONTRACTS = AppealEvent.class.getPackageName() + ".";

    /** The event to publish on {@code topic}, created at its {@code occurredAt}. */
    public static OutboxEvent of(String topic, AppealEvent event) {
        return new OutboxEvent(event.eventId(), topic, event.getClass().getSimpleName(),
                JSON.writeValueAsString(event), event.occurredAt());
    }

    /** The event as it was written. */
    public AppealEvent event() {
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
    public String toString() {
        return "OutboxEvent[eventId=" + eventId + ", topic=" + topic + ", type=" + type + "]";
    }
}
