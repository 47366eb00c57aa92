package org.appeals.ok.gateway;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls of the adapter contract: {@code POST /api/v1/appeals} (an appeal or, with {@code inReplyTo}, the
 * resident's reply) and {@code POST /api/v1/deliveries/{deliveryId}/receipt {status, reason}}, both with the OK
 * channel's key in {@code X-Api-Key}.
 */
public class Gateway {

    static final String API_KEY_HEADER = "X-Api-Key";

    private final RestClient http;
    private final String apiKey;
    private final JsonMapper json;

    Gateway(RestClient http, String apiKey, JsonMapper json) {
        this.http = http;
        this.apiKey = apiKey;
        this.json = json;
    }

    /** Registers the appeal (the same channel and externalId again answers the same appeal). */
    public Registered submit(Map<String, Object> appeal) {
        JsonNode answer = post("/api/v1/appeals", appeal);
        return new Registered(answer.path("appealId").asString(null), answer.path("registrationNumber").asString(null),
                answer.path("accessCode").asString(null), answer.path("status").asString(null));
    }

    /** Reports what became of a reply: DELIVERED, or FAILED with a technical reason (never the resident's data). */
    public void receipt(String deliveryId, String status, String reason) {
        Map<String, Object> body = reason == null ? Map.of("status", status) : Map.of("status", status,
                "reason", reason.length() > 500 ? reason.substring(0, 500) : reason);
        post("/api/v1/deliveries/" + deliveryId + "/receipt", body);
    }

    /** The appeal's status as the gateway shows it to the owning channel ({@code GET /api/v1/appeals/{id}}). */
    public String status(String appealId) {
        try {
            JsonNode answer = http.get().uri("/api/v1/appeals/{id}", appealId).header(API_KEY_HEADER, apiKey)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> answer(response.getStatusCode(),
                            response.getBody().readAllBytes()));
            return answer.path("status").asString(null);
        } catch (RestClientException e) {
            throw new GatewayProblem(0, e.getClass().getSimpleName());
        }
    }

    private JsonNode post(String path, Map<String, Object> body) {
        byte[] bytes = json.writeValueAsBytes(body);
        try {
            return http.post().uri(path).header(API_KEY_HEADER, apiKey).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).body(bytes)
                    .exchange((request, response) -> answer(response.getStatusCode(),
                            response.getBody().readAllBytes()));
        } catch (RestClientException e) {
            throw new GatewayProblem(0, e.getClass().getSimpleName());
        }
    }

    private JsonNode answer(HttpStatusCode status, byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (RuntimeException unreadable) {
            node = json.createObjectNode();
        }
        if (!status.is2xxSuccessful()) {
            throw new GatewayProblem(status.value(), node.path("detail").asString(null));
        }
        return node;
    }
}
