package org.appeals.gateway.guard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request parameters as the routes see them (the route rebuilds the backend's query string from them): read from
 * the query string alone, never from a form body, which is forwarded as bytes like any other.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static Map<String, String[]> parse(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                    parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        parameters.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(result);
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Outcome.BAD_REQUEST, "The query string has a malformed percent-encoding.");
        }
    }
}
