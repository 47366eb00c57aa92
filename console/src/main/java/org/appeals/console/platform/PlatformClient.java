package org.appeals.console.platform;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API as the logged-in person may call it: every request goes to the gateway with that person's
 * access token (refreshed when it has expired), so the services decide what the person sees, exactly as for any
 * other client. An error answer becomes a {@link PlatformProblem}; nothing here reads a service's store.
 */
public class PlatformClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final RestClient gateway;

    public PlatformClient(RestClient gateway) {
        this.gateway = gateway;
    }

    /** GET {@code path} (with {@code {name}} variables from {@code variables}) as JSON. */
    public JsonNode get(String path, Map<String, ?> variables) {
        return call(() -> gateway.get().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class));
    }

    /** GET a URI already built with its query (see {@code UriComponentsBuilder}). */
    public JsonNode get(java.net.URI pathAndQuery) {
        return call(() -> gateway.get().uri(pathAndQuery.toString()).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class));
    }

    /** POST a JSON body; the answer as JSON (empty node for a body-less answer). */
    public JsonNode post(String path, Map<String, ?> variables, Object body) {
        return send(gateway.post().uri(path, variables), body);
    }

    public JsonNode put(String path, Map<String, ?> variables, Object body) {
        return send(gateway.put().uri(path, variables), body);
    }

    public JsonNode delete(String path, Map<String, ?> variables) {
        return call(() -> orEmpty(gateway.delete().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> fail(response))
                .body(JsonNode.class)));
    }

    private JsonNode send(RestClient.RequestBodySpec request, Object body) {
        RestClient.RequestBodySpec spec = request.accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        RestClient.RequestBodySpec ready = spec;
        return call(() -> orEmpty(ready.retrieve()
                .onStatus(HttpStatusCode::isError, (req, response) -> fail(response))
                .body(JsonNode.class)));
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? JSON.createObjectNode() : node;
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new PlatformProblem(503, "The gateway did not answer.");
        }
    }

    private static void fail(ClientHttpResponse response) throws java.io.IOException {
        int status = response.getStatusCode().value();
        String detail = null;
        JsonNode problem = null;
        MediaType type = response.getHeaders().getContentType();
        if (type != null && (type.isCompatibleWith(PROBLEM) || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            try {
                problem = JSON.readTree(response.getBody());
                detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
            } catch (RuntimeException unreadable) {
                // the status alone still says what happened
            }
        }
        throw new PlatformProblem(status, detail, problem);
    }
}
