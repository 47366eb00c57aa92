package org.appeals.bench.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A page of the console by its path under {@code /console}, as a person would type it ({@code /search?q=яма});
 * the request carries the query percent-encoded.
 */
record ConsolePage(String path) {

    ConsolePage {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A console path starts with /: " + path);
        }
    }

    /** The page's address under the console's base ({@code http://localhost:8080/console}). */
    URI uri(URI console) {
        int question = path.indexOf('?');
        String route = question < 0 ? path : path.substring(0, question);
        String query = question < 0 ? "" : "?" + encodedQuery(path.substring(question + 1));
        return URI.create(console.toString() + route + query);
    }

    private static String encodedQuery(String query) {
        return Arrays.stream(query.split("&")).map(pair -> {
            int equals = pair.indexOf('=');
            return equals < 0 ? encode(pair) : encode(pair.substring(0, equals)) + "=" + encode(pair.substring(equals + 1));
        }).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return path;
    }
}
