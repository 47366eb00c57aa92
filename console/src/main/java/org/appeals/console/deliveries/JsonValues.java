package org.appeals.console.deliveries;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Reading the API's JSON leniently: a missing or null field is null, never a stack trace on the page. */
final class JsonValues {

    private JsonValues() {
    }

    /** The text of a string field; null when absent, null or not a string. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    /** An instant as Jackson writes it: ISO-8601 text, or epoch seconds (with a fraction) as a number. */
    static Instant instant(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(Math.round(node.asDouble() * 1000));
        }
        return Instant.parse(node.asString());
    }
}
