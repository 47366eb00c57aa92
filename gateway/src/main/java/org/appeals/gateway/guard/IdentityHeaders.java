package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appeals.gateway.keys.ApiClient;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * The headers a request is forwarded with. The services trust {@code X-Appeals-*} as the gateway's word, so every
 * such header the client sent is dropped and the identity is set from the key; the key itself stays here.
 */
final class IdentityHeaders {

    static final String API_KEY = "X-Api-Key";
    static final String CLIENT = "X-Appeals-Client";
    static final String ROLE = "X-Appeals-Role";
    static final String SCOPE = "X-Appeals-Scope";
    private static final String TRUSTED_PREFIX = "x-appeals-";

    private IdentityHeaders() {
    }

    static LinkedCaseInsensitiveMap<List<String>> forward(HttpServletRequest request, ApiClient client, byte[] body) {
        Set<String> dropped = dropped(request, body != null);
        LinkedCaseInsensitiveMap<List<String>> headers = new LinkedCaseInsensitiveMap<>(Locale.ROOT);
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!dropped.contains(lower) && !lower.startsWith(TRUSTED_PREFIX)) {
                headers.put(name, Collections.list(request.getHeaders(name)));
            }
        }
        if (body != null) {
            // the body was read whole, so it goes on with its exact length instead of the client's framing
            headers.put(HttpHeaders.CONTENT_LENGTH, List.of(Integer.toString(body.length)));
        }
        if (client == null) {
            return headers; // a public API: the backend gets no identity, and none the client made up
        }
        headers.put(CLIENT, List.of(client.client()));
        headers.put(ROLE, List.of(client.role().name()));
        if (client.scope() != null) {
            headers.put(SCOPE, List.of(client.scope()));
        }
        return headers;
    }

    private static Set<String> dropped(HttpServletRequest request, boolean bodyReplaced) {
        Set<String> dropped = new HashSet<>(Set.of("x-api-key", "connection"));
        if (bodyReplaced) {
            dropped.addAll(Set.of("content-length", "transfer-encoding"));
        }
        // headers the client named in Connection were meant for this hop only (RFC 9110, 7.6.1)
        for (String connection : Collections.list(request.getHeaders(HttpHeaders.CONNECTION))) {
            for (String token : connection.split(",")) {
                dropped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return dropped;
    }
}
