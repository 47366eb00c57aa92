package org.appeals.console.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reading the API's JSON without guessing: a missing or null field is null, never the word "null". */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        node.path(field).forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode node, String field) {
        return items(node, field).stream().filter(JsonNode::isString).map(JsonNode::asString).toList();
    }
}
