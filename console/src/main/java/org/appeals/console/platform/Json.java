package org.appeals.console.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reading the API's JSON without guessing, the one way every page does it: a missing, null or non-text field is
 * null (never the word "null"), an instant is read as Jackson writes it (ISO-8601 text or epoch seconds).
 */
public final class Json {

    private Json() {
    }

    /** The text of {@code node}'s {@code field}. */
    public static String text(JsonNode node, String field) {
        return node == null ? null : text(node.path(field));
    }

    /** The text of a string node; null when absent, null or not a string. */
    public static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    public static Instant instant(JsonNode node, String field) {
        return node == null ? null : instant(node.path(field));
    }

    public static Instant instant(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(Math.round(node.asDouble() * 1000));
        }
        String text = node.asString();
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    /** The elements of {@code node}'s array {@code field} (none when it is no array). */
    public static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null) {
            node.path(field).forEach(items::add);
        }
        return items;
    }

    /** The strings of {@code node}'s array {@code field}. */
    public static List<String> strings(JsonNode node, String field) {
        return strings(node == null ? null : node.path(field));
    }

    /** The strings of an array node. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> {
                if (value.isString()) {
                    values.add(value.asString());
                }
            });
        }
        return List.copyOf(values);
    }
}
