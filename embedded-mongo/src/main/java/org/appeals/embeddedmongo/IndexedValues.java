package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The values of a field a secondary index files a document under, normalized the way mongo-java-server compares them.
 * The walk follows mongo-java-server's DefaultQueryMatcher rather than {@code Utils.getSubdocumentValueCollectionAware},
 * which stops at arrays of arrays the matcher still descends into: a document the matcher accepts must be found.
 */
final class IndexedValues {

    private IndexedValues() {
    }

    /**
     * Every value at {@code path}: through arrays element by element, an array at the end both whole and per element,
     * and null where the path is missing or runs into a non-document ({@code {path: null}} matches those).
     */
    static List<Object> of(Document document, String path) {
        List<Object> values = new ArrayList<>();
        collect(document, List.of(path.split("\\.", -1)), values);
        return values;
    }

    /** {@code Utils.normalizeValue} (package-private there): numbers as doubles, missing as null. */
    static Object normalized(Object value) {
        return new KeyValue(Collections.singletonList(value)).normalized().get(0);
    }

    private static void collect(Object value, List<String> path, List<Object> values) {
        if (path.isEmpty()) {
            values.add(normalized(value));
            if (value instanceof Collection<?> elements) {
                elements.forEach(element -> values.add(normalized(element)));
            }
            return;
        }
        String field = path.get(0);
        if (value instanceof List<?> elements) {
            if (field.matches("\\d+")) {
                int index = Integer.parseInt(field);
                collect(index < elements.size() ? elements.get(index) : null, path.subList(1, path.size()), values);
            } else {
                elements.forEach(element -> collect(element, path, values));
            }
        } else if (value instanceof Document document) {
            collect(document.get(field), path.subList(1, path.size()), values);
        } else {
            values.add(null);
        }
    }
}
