package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Checks one schema against one record, component by component, nested records included: the same property names,
 * a JSON type each Java type is written as, and required-ness that fits (a primitive is always there and never null;
 * the platform's services write every field, nulls included, so their schemas require every one).
 */
final class SchemaShapes {

    private final JsonNode root;
    private final boolean everyFieldWritten;

    SchemaShapes(JsonNode root, boolean everyFieldWritten) {
        this.root = root;
        this.everyFieldWritten = everyFieldWritten;
    }

    void assertMatches(Class<?> record) {
        assertRecord(root, record, record.getSimpleName());
    }

    private void assertRecord(JsonNode schema, Class<?> record, String path) {
        assertThat(types(schema)).as(path).containsExactly("object");
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(schema.get("properties").propertyNames()).as(path + " properties")
                .containsExactlyInAnyOrderElementsOf(components);
        Set<String> required = new HashSet<>(strings(schema.get("required")));
        assertThat(components).as(path + " required").containsAll(required);
        if (everyFieldWritten) {
            assertThat(required).as(path + " required").containsExactlyInAnyOrderElementsOf(components);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = schema.get("properties").get(component.getName());
            if (component.getType().isPrimitive()) {
                assertThat(required).as(at + " is primitive, so required").contains(component.getName());
                assertThat(nullable(property)).as(at + " is primitive, so never null").isFalse();
            }
            assertType(target(property), component.getGenericType(), at);
        }
    }

    private void assertType(JsonNode schema, Type type, String at) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            assertRecord(schema, raw, at);
        } else if (raw.isEnum()) {
            assertThat(types(schema)).as(at).contains("string");
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(value -> {
                if (!value.isNull()) {
                    allowed.add(value.asString());
                }
            });
            assertThat(allowed).as(at + " enum").containsExactlyInAnyOrderElementsOf(constants);
        } else if (raw == Map.class) {
            assertThat(types(schema)).as(at).contains("object");
            assertThat(types(schema.get("additionalProperties"))).as(at + " values").containsExactly("string");
        } else if (raw == List.class) {
            assertThat(types(schema)).as(at).contains("array");
            assertThat(types(schema.get("items"))).as(at + " items").containsExactly("string");
        } else {
            assertScalar(schema, raw, at);
        }
    }

    private static void assertScalar(JsonNode schema, Class<?> raw, String at) {
        Map<Class<?>, List<String>> typeAndFormat = Map.ofEntries(
                Map.entry(int.class, List.of("integer")), Map.entry(Integer.class, List.of("integer")),
                Map.entry(double.class, List.of("number")), Map.entry(Double.class, List.of("number")),
                Map.entry(boolean.class, List.of("boolean")), Map.entry(Boolean.class, List.of("boolean")),
                Map.entry(String.class, List.of("string")),
                Map.entry(UUID.class, List.of("string", "uuid")),
                Map.entry(Instant.class, List.of("string", "date-time")),
                Map.entry(LocalDate.class, List.of("string", "date")));
        List<String> expected = typeAndFormat.get(raw);
        assertThat(expected).as(at + ": no JSON type known for " + raw).isNotNull();
        assertThat(types(schema)).as(at).contains(expected.get(0));
        if (expected.size() > 1) {
            assertThat(schema.path("format").asString()).as(at + " format").isEqualTo(expected.get(1));
        }
    }

    /** The schema a property stands for: through {@code $ref} and an {@code anyOf} with null. */
    private JsonNode target(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode alternative : property.get("anyOf")) {
                if (!types(alternative).equals(List.of("null"))) {
                    return target(alternative);
                }
            }
        }
        if (property.has("$ref")) {
            return root.at(property.get("$ref").asString().substring(1));
        }
        return property;
    }

    private static boolean nullable(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode alternative : property.get("anyOf")) {
                if (types(alternative).equals(List.of("null"))) {
                    return true;
                }
            }
        }
        return types(property).contains("null");
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema == null ? null : schema.get("type");
        if (type == null) {
            return List.of();
        }
        return type.isArray() ? strings(type) : List.of(type.asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }
}
