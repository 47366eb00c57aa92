package org.appeals.resident.gateway;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three calls resident-web makes: the WEB channel's {@code POST /api/v1/appeals} (with the channel's API key)
 * and the public status read and feedback post (without any credential: the gateway lets them through, limited per
 * address). Each call carries the resident's address as {@code X-Forwarded-For} ({@link ClientAddress}). Every
 * error answer becomes a {@link GatewayProblem}.
 */
public class Gateway {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String apiKey;

    public Gateway(RestClient client, String apiKey) {
        this.client = client;
        this.apiKey = apiKey;
    }

    /** Registers an appeal of the WEB channel; the answer is intake's {@code Registered}. */
    public JsonNode register(Map<String, ?> appeal, String clientAddress) {
        return call(() -> client.post().uri("/api/v1/appeals").header(API_KEY_HEADER, apiKey)
                .header(ClientAddress.FORWARDED_FOR, clientAddress)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(bytes(appeal))
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class));
    }

    /**
     * The public view of an appeal, for whoever knows its number and access code. Sent with the WEB channel's key
     * although the path needs none: the gateway limits anonymous callers per address, and every resident's lookup
     * comes from this one address — the residents themselves are limited per address where they reach these pages.
     */
    public JsonNode publicAppeal(String number, String code, String clientAddress) {
        return call(() -> client.get().uri(uri -> uri.path("/api/v1/public/appeals/{number}")
                        .queryParam("code", code).build(number))
                .header(API_KEY_HEADER, apiKey).header(ClientAddress.FORWARDED_FOR, clientAddress)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class));
    }

    /** The resident's rating of the final answer. */
    public JsonNode feedback(String number, Map<String, ?> feedback, String clientAddress) {
        return call(() -> client.post().uri("/api/v1/public/appeals/{number}/feedback", number)
                .header(API_KEY_HEADER, apiKey).header(ClientAddress.FORWARDED_FOR, clientAddress)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).body(bytes(feedback))
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class));
    }

    /** Written here, so the request carries its Content-Length instead of a chunked body. */
    private static byte[] bytes(Map<String, ?> body) {
        return JSON.writeValueAsBytes(body);
    }

    private static JsonNode call(Supplier<JsonNode> call) {
        try {
            JsonNode answer = call.get();
            return answer == null ? JSON.createObjectNode() : answer;
        } catch (ResourceAccessException e) {
            throw GatewayProblem.unreachable();
        }
    }

    private static void fail(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem = problemOf(response);
        String detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
        throw new GatewayProblem(status, detail, fields(problem), retryAfter(response.getHeaders()));
    }

    private static JsonNode problemOf(ClientHttpResponse response) throws IOException {
        MediaType type = response.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(response.getBody());
        } catch (RuntimeException unreadable) {
            // the status alone still says what happened
            return JSON.createObjectNode();
        }
    }

    private static Map<String, String> fields(JsonNode problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").isString()) {
                fields.putIfAbsent(error.path("field").asString(), error.path("message").asString(""));
            }
        }
        return fields;
    }

    private static long retryAfter(HttpHeaders headers) {
        try {
            String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException dateForm) {
            return 0;
        }
    }
}
