package org.appeals.e2e;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The departments' and the centre operators' side of the platform, through the gateway: a department uses its demo
 * key ({@code demo-dept-<id>}, the gateway runs with demo department keys on), the operators {@code demo-operator}.
 */
final class Desk {

    static final String OPERATOR_KEY = "demo-operator";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient gateway;

    Desk(GatewayClient gateway) {
        this.gateway = gateway;
    }

    static String departmentKey(String departmentId) {
        return "demo-dept-" + departmentId;
    }

    List<String> inboxIds(String departmentId) {
        JsonNode inbox = gateway.get("/api/v1/departments/" + departmentId + "/appeals", departmentKey(departmentId))
                .body();
        return inbox.path("items").valueStream().map(item -> item.path("appealId").asText()).toList();
    }

    /** The appeal as the department's own system reads it: state, deadlines, answers with reviews, resident's words. */
    JsonNode appeal(String departmentId, String appealId) {
        return gateway.get(appealPath(departmentId, appealId), departmentKey(departmentId)).body();
    }

    GatewayClient.Response accept(String departmentId, String appealId) {
        return gateway.post(appealPath(departmentId, appealId) + "/accept", departmentKey(departmentId), "{}");
    }

    GatewayClient.Response answerFinally(String departmentId, String appealId, String text) {
        return gateway.post(appealPath(departmentId, appealId) + "/answers", departmentKey(departmentId),
                JSON.createObjectNode().put("kind", "FINAL").put("text", text).toString());
    }

    GatewayClient.Response ask(String departmentId, String appealId, String question) {
        return gateway.post(appealPath(departmentId, appealId) + "/clarification", departmentKey(departmentId),
                JSON.createObjectNode().put("question", question).toString());
    }

    /** The ids in the operators' review queue, oldest first. */
    List<String> reviewQueue() {
        return gateway.get("/api/v1/reviews", OPERATOR_KEY).body().valueStream()
                .map(appeal -> appeal.path("appealId").asText()).toList();
    }

    GatewayClient.Response approve(String appealId, String apiKey) {
        return gateway.post("/api/v1/reviews/" + appealId + "/approve", apiKey, "{}");
    }

    GatewayClient.Response approve(String appealId) {
        return approve(appealId, OPERATOR_KEY);
    }

    GatewayClient.Response returnForRework(String appealId, String comment) {
        return gateway.post("/api/v1/reviews/" + appealId + "/return", OPERATOR_KEY,
                JSON.createObjectNode().put("comment", comment).toString());
    }

    /** Notification's deliveries of the appeal (replies and notices), as the operators see them. */
    GatewayClient.Response deliveries(String appealId) {
        return gateway.get("/api/v1/appeals/" + appealId + "/deliveries", OPERATOR_KEY);
    }

    private static String appealPath(String departmentId, String appealId) {
        return "/api/v1/departments/" + departmentId + "/appeals/" + appealId;
    }
}
