package org.appeals.intake.support;

import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract samples as other services put them on the wire, moved to a test's appeal and given a fresh eventId
 * (eventIds are unique platform-wide, so two appeals must never share the sample's).
 */
public final class Samples {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Samples() {
    }

    public static String forAppeal(ContractSamples sample, UUID appealId) {
        ObjectNode event = (ObjectNode) JSON.readTree(sample.json());
        event.put("appealId", appealId.toString());
        event.put("eventId", UUID.randomUUID().toString());
        return JSON.writeValueAsString(event);
    }

    public static String eventId(String json) {
        return JSON.readTree(json).get("eventId").asString();
    }

    public static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
