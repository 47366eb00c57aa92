package org.appeals.gateway.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a claim as a set of strings, wherever and however a provider puts it: a top-level claim of that exact
 * name (namespaced names hold dots), else a dotted path into nested objects; a JSON array, or one string of values
 * separated by spaces or commas (as some providers write roles).
 */
final class ClaimValues {

    private ClaimValues() {
    }

    static Set<String> read(Map<String, Object> claims, String name) {
        Object value = claims.containsKey(name) ? claims.get(name) : walk(claims, name);
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(v -> v instanceof String).map(v -> ((String) v).trim())
                    .filter(v -> !v.isEmpty()).forEach(values::add);
        } else if (value instanceof String text) {
            Arrays.stream(text.split("[\\s,]+")).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }

    private static Object walk(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
