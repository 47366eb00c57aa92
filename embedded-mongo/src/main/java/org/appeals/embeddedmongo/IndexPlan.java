package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the secondary indexes know of a query: the positions every index that can answer it allows (the intersection
 * of their candidates, so a search by scope, status and date reads the few documents all three allow rather than all
 * that one of them does), and whether those positions are exactly the answer. They are when every condition of the
 * query is one an index answers without the matcher: equality, {@code $in} or a range on an indexed field with a
 * string, number, boolean or date, at the top level or in {@code $and}, and no index holds a value it cannot order.
 * Then a count needs no document and a sorted page only the documents it shows.
 */
record IndexPlan(Set<Object> candidates, boolean exact) {

    private static final Set<String> EXACT_OPERATORS = Set.of("$eq", "$lt", "$lte", "$gt", "$gte");

    /** Null when no secondary index can answer the query. */
    static IndexPlan of(Document query, List<SecondaryIndex> indexes) {
        Set<Object> candidates = null;
        Set<String> answered = new HashSet<>();
        boolean ordered = true;
        for (SecondaryIndex index : indexes) {
            // indexes on the same first key give the same candidates
            if (answered.contains(index.firstKey()) || !index.canHandle(query)) {
                continue;
            }
            List<Object> positions = index.getPositions(query);
            answered.add(index.firstKey());
            ordered &= index.ordersEveryValue();
            if (candidates == null) {
                candidates = new HashSet<>(positions);
            } else {
                candidates.retainAll(new HashSet<>(positions));
            }
        }
        return candidates == null ? null : new IndexPlan(candidates, ordered && coveredBy(query, answered));
    }

    /** Every condition of the query is on one of {@code fields} and one an index answers exactly. */
    static boolean coveredBy(Document query, Set<String> fields) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String key = condition.getKey();
            Object value = condition.getValue();
            if (key.equals("$and")) {
                if (!(value instanceof List<?> terms) || !terms.stream()
                        .allMatch(term -> term instanceof Document document && coveredBy(document, fields))) {
                    return false;
                }
            } else if (key.startsWith("$") || !fields.contains(key) || !exact(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean exact(Object condition) {
        if (condition instanceof Document operators) {
            if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> values) {
                return values.stream().allMatch(IndexPlan::exactValue);
            }
            return !operators.isEmpty() && operators.entrySet().stream().allMatch(operator ->
                    EXACT_OPERATORS.contains(operator.getKey()) && exactValue(operator.getValue()));
        }
        return exactValue(condition);
    }

    /**
     * Values the index files and compares as the matcher does; null is not among them ({@code {k: null}} also
     * matches documents whose path runs through arrays in ways left to the matcher).
     */
    private static boolean exactValue(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Instant || value instanceof Date
                || value instanceof Number number && !Double.isNaN(number.doubleValue());
    }
}
