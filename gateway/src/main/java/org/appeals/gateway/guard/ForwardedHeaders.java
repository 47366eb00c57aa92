package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.appeals.contracts.ForwardedIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * The headers a request is forwarded with. The services trust only the identity the gateway signs, so every
 * {@code X-Appeals-*} header the client sent is dropped (its own {@code X-Appeals-Identity} too) and the signed one
 * is set; the client's key and a person's token stay here and never reach a service.
 */
final class ForwardedHeaders {

    private static final String TRUSTED_PREFIX = "x-appeals-";
    private static final Set<String> CREDENTIALS = Set.of("x-api-key", "authorization", "proxy-authorization");

    private ForwardedHeaders() {
    }

    static LinkedCaseInsensitiveMap<List<String>> of(HttpServletRequest request, String identity, byte[] body) {
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
        headers.put(ForwardedIdentity.HEADER, List.of(identity));
        return headers;
    }

    private static Set<String> dropped(HttpServletRequest request, boolean bodyReplaced) {
        Set<String> dropped = new HashSet<>(CREDENTIALS);
        dropped.add("connection");
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
