package org.appeals.intake.open311;

import java.util.List;
import java.util.Map;

/**
 * An Open311 answer before it is written out: a list of flat items under a root. JSON writes the items as an array
 * of objects, XML as {@code <root><element>…</element></root>}, so both formats always carry the same field names.
 * Values are strings, numbers, booleans or null.
 */
record Open311Document(String root, String element, List<Map<String, Object>> items) {

    static Open311Document errors(int code, List<String> descriptions) {
        return new Open311Document("errors", "error", descriptions.stream()
                .map(description -> Fields.of("code", code, "description", description)).toList());
    }
}
