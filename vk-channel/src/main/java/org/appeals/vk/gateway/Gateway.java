package org.appeals.vk.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls of the adapter contract the VK channel makes, with its channel key: submit an appeal or a resident's
 * reply ({@code POST /api/v1/appeals}; the same {@code externalId} again returns the same appeal, so retrying is
 * safe) and report what became of a reply ({@code POST /api/v1/deliveries/{id}/receipt}).
 */
public class Gateway {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final String apiKey;

    Gateway(RestClient http, String apiKey) {
        this.http = http;
        this.apiKey = apiKey;
    }

    public Registered submit(Map<String, Object> submission) {
        JsonNode answer = post("/api/v1/appeals", submission);
        return new Registered(text(answer, "appealId"), text(answer, "registrationNumber"),
                text(answer, "accessCode"));
    }

    /** {@code DELIVERED}, or {@code FAILED} with a technical reason (never the resident's data). */
    public void receipt(UUID deliveryId, boolean delivered, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", delivered ? "DELIVERED" : "FAILED");
        if (reason != null) {
            body.put("reason", reason);
        }
        post("/api/v1/deliveries/" + deliveryId + "/receipt", body);
    }

    private JsonNode post(String path, Map<String, Object> body) {
        try {
            JsonNode answer = http.post().uri(path).header(API_KEY_HEADER, apiKey)
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsBytes(body))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> failed(response.getStatusCode()))
                    .body(JsonNode.class);
            return answer == null ? JSON.createObjectNode() : answer;
        } catch (GatewayRefused | GatewayUnavailable e) {
            throw e;
        } catch (RestClientException e) {
            throw new GatewayUnavailable(e.getClass().getSimpleName());
        }
    }

    private static void failed(HttpStatusCode status) {
        int code = status.value();
        if (status.is4xxClientError() && code != 408 && code != 429) {
            throw new GatewayRefused(code);
        }
        throw new GatewayUnavailable("HTTP " + code);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
