package org.appeals.intake.open311;

import java.util.LinkedHashMap;
import java.util.Map;

/** An item's fields in the order the spec lists them; null values stay (written as null or an empty element). */
final class Fields {

    private Fields() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
