package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One condition a query puts on a field, as bounds in {@link ValueComparator} order. Only conditions every matching
 * document must meet count (the query's top level, its {@code $and} terms, and {@code {a: {$elemMatch: {b: …}}}} for
 * the field {@code a.b}); the others are left to the matcher, so the values inside a range cover every answer.
 * Separate conditions stay separate ranges: an array field meets {@code {$and: [{k: 1}, {k: 5}]}} with two elements,
 * while the operators of one condition must all hold for one element (as DefaultQueryMatcher checks them).
 * {@code {k: {$in: [a, b]}}} is a set of {@code points} rather than one range: the values equal to any of them.
 */
record KeyRange(Bound lower, Bound upper, List<Object> rangeOperands, List<Object> points) {

    static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

    private static final Set<String> OPERATORS = Set.of("$eq", "$lt", "$lte", "$gt", "$gte");

    /** One end of the range; a null bound (not a null value) leaves that end open. */
    record Bound(Object value, boolean inclusive) {
    }

    /** The ranges the query puts {@code field} in; empty when it sets no condition an index can answer. */
    static List<KeyRange> of(String field, Document query) {
        List<KeyRange> ranges = new ArrayList<>();
        collect(field, query, ranges);
        return ranges;
    }

    /** The indexed values inside the range whose type the matcher would compare at all ({@code $lt: date}: dates). */
    <V> List<V> select(NavigableMap<Object, V> index) {
        List<V> selected = new ArrayList<>();
        if (points != null) {
            points.forEach(point -> {
                V entry = index.get(point);
                if (entry != null) {
                    selected.add(entry);
                }
            });
            return selected;
        }
        if (isEmpty()) {
            return selected;
        }
        NavigableMap<Object, V> slice = index;
        if (lower != null) {
            slice = slice.tailMap(lower.value, lower.inclusive);
        }
        if (upper != null) {
            slice = slice.headMap(upper.value, upper.inclusive);
        }
        slice.forEach((value, entry) -> {
            if (rangeOperands.stream().allMatch(operand -> comparable(value, operand))) {
                selected.add(entry);
            }
        });
        return selected;
    }

    private boolean isEmpty() {
        if (points != null) {
            return points.isEmpty();
        }
        if (lower == null || upper == null) {
            return false;
        }
        int order = ORDER.compare(lower.value, upper.value);
        return order > 0 || order == 0 && !(lower.inclusive && upper.inclusive);
    }

    /** DefaultQueryMatcher compares numbers with numbers and otherwise only values of one class. */
    private static boolean comparable(Object value, Object operand) {
        return value != null && operand != null && (value instanceof Number && operand instanceof Number
                || value.getClass().equals(operand.getClass()));
    }

    private static void collect(String field, Document conditions, List<KeyRange> ranges) {
        if (conditions.containsKey(field)) {
            add(conditions.get(field), ranges);
        }
        for (int dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) {
            if (conditions.get(field.substring(0, dot)) instanceof Document array && array.size() == 1
                    && array.get("$elemMatch") instanceof Document element
                    && element.containsKey(field.substring(dot + 1))) {
                add(element.get(field.substring(dot + 1)), ranges);
            }
        }
        if (conditions.get("$and") instanceof List<?> terms) {
            for (Object term : terms) {
                if (term instanceof Document termConditions) {
                    collect(field, termConditions, ranges);
                }
            }
        }
    }

    private static void add(Object condition, List<KeyRange> ranges) {
        Builder range = new Builder();
        try {
            if (condition instanceof Document operators && operators.size() == 1
                    && operators.get("$in") instanceof Collection<?> values && values.stream().allMatch(KeyRange::plain)) {
                ranges.add(points(values));
                return;
            }
            if (plain(condition)) {
                range.apply("$eq", condition);
            } else if (condition instanceof Document operators && !operators.isEmpty()
                    && OPERATORS.containsAll(operators.keySet())
                    && operators.values().stream().allMatch(KeyRange::plain)) {
                operators.forEach(range::apply);
            } else {
                return;
            }
            ranges.add(range.build());
        } catch (UnsupportedOperationException e) {
            // ValueComparator cannot order the operands: the matcher alone decides
        }
    }

    /** The values of an {@code $in}, normalized, in index order and each once: an ascending walk meets them so. */
    private static KeyRange points(Collection<?> values) {
        NavigableMap<Object, Boolean> sorted = new TreeMap<>(ORDER);
        values.forEach(value -> sorted.put(IndexedValues.normalized(value), Boolean.TRUE));
        return new KeyRange(null, null, List.of(), Collections.unmodifiableList(new ArrayList<>(sorted.keySet())));
    }

    /** A value an index can look up: not an operator document, array, pattern or the open-ended Min/MaxKey. */
    private static boolean plain(Object value) {
        return !(value instanceof Document || value instanceof Collection<?>
                || BsonRegularExpression.isRegularExpression(value) || value instanceof MinKey
                || value instanceof MaxKey);
    }

    /** Narrows the range operator by operator; bounds only ever tighten, so their order does not matter. */
    private static final class Builder {

        private Bound lower;
        private Bound upper;
        private final List<Object> rangeOperands = new ArrayList<>();

        void apply(String operator, Object operand) {
            Object value = IndexedValues.normalized(operand);
            if (!operator.equals("$eq")) {
                rangeOperands.add(value);
            }
            if (!operator.startsWith("$lt")) {
                lower = tighter(lower, new Bound(value, !operator.equals("$gt")), 1);
            }
            if (!operator.startsWith("$gt")) {
                upper = tighter(upper, new Bound(value, !operator.equals("$lt")), -1);
            }
        }

        /** The bound further in {@code direction} (1: the greater lower bound); on a tie the exclusive one. */
        private static Bound tighter(Bound current, Bound candidate, int direction) {
            if (current == null) {
                return candidate;
            }
            int order = Integer.signum(ORDER.compare(candidate.value, current.value));
            return order == direction || order == 0 && !candidate.inclusive ? candidate : current;
        }

        KeyRange build() {
            return new KeyRange(lower, upper, Collections.unmodifiableList(rangeOperands), null);
        }
    }
}
