package org.appeals.department.appeal;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event waiting in its appeal's document to be published. MongoDB gives no transactions across documents here,
 * so every change of an appeal writes its events into the same document, in the same update; a relay publishes
 * whatever a crash or an absent broker left behind. The event id is fixed at that moment, so a republished event is
 * the same event and idempotent consumers apply it once.
 *
 * @param type the contract record's simple name, e.g. {@code AppealStateChanged}
 */
public record OutboxEvent(UUID eventId, String topic, String type, String json, Instant createdAt) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String CONTRACTS = "org.appeals.contracts.";

    public static OutboxEvent of(String topic, AppealEvent event) {
        return new OutboxEvent(event.eventId(), topic, event.getClass().getSimpleName(),
                JSON.writeValueAsString(event), event.occurredAt());
    }

    /** The event as it was written. */
    public AppealEvent event() {
        try {
            Class<?> recordType = Class.forName(CONTRACTS + type);
            return (AppealEvent) JSON.readValue(json, recordType);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("outbox holds an event of unknown type " + type, e);
        }
    }

    /** Leaves out the JSON, which may hold an answer's text. */
    @Override
    public String toString() {
        return "OutboxEvent[eventId=" + eventId + ", topic=" + topic + ", type=" + type + "]";
    }
}
