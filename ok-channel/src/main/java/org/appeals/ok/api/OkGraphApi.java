package org.appeals.ok.api;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call of OK's Graph API: {@code access_token} as a query parameter, JSON bodies with
 * {@code Content-Type: application/json;charset=utf-8} (required for every Graph API POST). An error is the JSON
 * {@code {"error_code", "error_msg", "error_data"}}, announced by the {@code invocation-error} header
 * (https://apiok.ru/dev/errors): it becomes an {@link OkApiException}, as does no answer at all.
 */
class OkGraphApi {

    static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=utf-8");
    static final String ERROR_HEADER = "invocation-error";

    private final RestClient http;
    private final OkConnection connection;
    private final JsonMapper json;

    OkGraphApi(RestClient http, OkConnection connection, JsonMapper json) {
        this.http = http;
        this.connection = connection;
        this.json = json;
    }

    JsonNode get(String path) {
        return call(() -> http.get().uri(uri(path)).accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getHeaders()
                        .getFirst(ERROR_HEADER), response.getBody().readAllBytes())));
    }

    JsonNode post(String path, Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        return call(() -> http.post().uri(uri(path)).contentType(JSON_UTF8).accept(MediaType.APPLICATION_JSON)
                .body(bytes)
                .exchange((request, response) -> answer(response.getStatusCode(), response.getHeaders()
                        .getFirst(ERROR_HEADER), response.getBody().readAllBytes())));
    }

    private URI uri(String path) {
        // the token goes encoded in the query and nowhere else: never into a log line or an exception
        return UriComponentsBuilder.fromUriString(connection.apiUrl()).path(path)
                .queryParam("access_token", "{token}").encode().buildAndExpand(connection.accessToken()).toUri();
    }

    private JsonNode answer(HttpStatusCode status, String errorHeader, byte[] body) {
        JsonNode node = parse(body);
        if (node.has("error_code")) {
            throw new OkApiException(node.path("error_code").asInt(), node.path("error_msg").asString(""));
        }
        if (errorHeader != null && !errorHeader.isBlank()) {
            throw new OkApiException(parseCode(errorHeader), "invocation-error " + errorHeader.strip());
        }
        if (!status.is2xxSuccessful()) {
            throw new OkApiException(OkApiException.UNREACHABLE, "HTTP " + status.value());
        }
        return node;
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (JacksonException unreadable) {
            return json.createObjectNode();
        }
    }

    private static int parseCode(String header) {
        try {
            return Integer.parseInt(header.strip().split("\\D", 2)[0]);
        } catch (NumberFormatException e) {
            return 1; // UNKNOWN
        }
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (RestClientException | IllegalStateException e) {
            throw new OkApiException(OkApiException.UNREACHABLE, "no answer (" + e.getClass().getSimpleName() + ")");
        }
    }
}
