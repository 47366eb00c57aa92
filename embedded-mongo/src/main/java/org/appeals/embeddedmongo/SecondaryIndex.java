package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A non-unique index, which mongo-java-server 1.47 only pretends to create: an in-memory map from the values of the
 * index's first key to the documents' positions, rebuilt from the data whenever the store opens. It answers with
 * candidates, a superset of the answer ({@link KeyRange}), which the collection then matches against the whole query,
 * so the other keys and every operator it does not understand still count. Lean on purpose (a whole store's indexes
 * live in the server's heap): a value held by one document maps to that bare position, and removals recompute a
 * document's values instead of remembering them.
 */
final class SecondaryIndex extends Index<Object> {

    private final Function<Document, Object> positionOf;
    private final Object lock = new Object();
    /** Value to a position, or to {@link Positions} when several documents share it. */
    private final NavigableMap<Object, Object> positionsByValue = new TreeMap<>(KeyRange.ORDER);
    /** Positions with a value ValueComparator cannot order: candidates for every query. */
    private final Set<Object> unordered = new HashSet<>();
    private long count;
    /** Documents filed under more than one value (arrays). */
    private long multiValued;
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong lookupsInOrder = new AtomicLong();
    private volatile int lastCandidates;

    /** {@code positionOf} gives the position the collection stores a document at (H2: its {@code _id}). */
    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Function<Document, Object> positionOf) {
        super(name, keys, sparse);
        this.positionOf = positionOf;
    }

    @Override
    public boolean canHandle(Document query) {
        return !KeyRange.of(keys().get(0), query).isEmpty();
    }

    /** A snapshot: positions whose value can meet every condition on the first key, each once. */
    @Override
    public List<Object> getPositions(Document query) {
        List<KeyRange> ranges = KeyRange.of(keys().get(0), query);
        lookups.incrementAndGet();
        List<Set<Object>> candidates = new ArrayList<>();
        synchronized (lock) {
            for (KeyRange range : ranges) {
                Set<Object> positions = new LinkedHashSet<>(unordered);
                for (Object filed : range.select(positionsByValue)) {
                    if (filed instanceof Positions several) {
                        positions.addAll(several);
                    } else {
                        positions.add(filed);
                    }
                }
                candidates.add(positions);
            }
        }
        // each condition alone bounds the answer, so their intersection does too
        candidates.sort(Comparator.comparingInt(Set::size));
        Set<Object> positions = candidates.isEmpty() ? new LinkedHashSet<>() : candidates.get(0);
        candidates.stream().skip(1).forEach(positions::retainAll);
        lastCandidates = positions.size();
        return new ArrayList<>(positions);
    }

    /**
     * Candidates in the order of the first key's value, ascending or descending, ties in {@code tieOrder}, each once
     * (where an ascending sort on that key puts a document whose field is an array of scalars: at its smallest value):
     * read until a sorted, limited query has its documents, instead of matching and sorting all of them. The
     * query's one condition on the key bounds the walk; with none, every document comes. Null when the query sets
     * several conditions on the key, some value cannot be ordered, or the walk is descending or unbounded and some
     * document holds several values (a sort places an array by its largest or smallest element, which such a walk
     * would not reproduce).
     */
    List<Object> positionsInOrder(Document query, Comparator<Object> tieOrder, boolean descending) {
        List<KeyRange> ranges = KeyRange.of(firstKey(), query);
        if (ranges.size() > 1) {
            return null;
        }
        lookups.incrementAndGet();
        lookupsInOrder.incrementAndGet();
        Set<Object> ordered = new LinkedHashSet<>();
        synchronized (lock) {
            if (!unordered.isEmpty() || (descending || ranges.isEmpty()) && multiValued > 0) {
                return null;
            }
            List<Object> filed = ranges.isEmpty() ? new ArrayList<>(positionsByValue.values())
                    : ranges.get(0).select(positionsByValue);
            if (descending) {
                Collections.reverse(filed);
            }
            for (Object entry : filed) {
                if (entry instanceof Positions several) {
                    List<Object> tied = new ArrayList<>(several);
                    tied.sort(tieOrder);
                    ordered.addAll(tied);
                } else {
                    ordered.add(entry);
                }
            }
        }
        lastCandidates = ordered.size();
        return new ArrayList<>(ordered);
    }

    /** Whether every value is in the map (none needs the matcher alone): then the candidates are exact. */
    boolean ordersEveryValue() {
        synchronized (lock) {
            return unordered.isEmpty();
        }
    }

    String firstKey() {
        return keys().get(0);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        List<Object> values = IndexedValues.of(document, keys().get(0));
        synchronized (lock) {
            values.forEach(value -> file(value, position));
            count++;
            multiValued += values.size() > 1 ? 1 : 0;
        }
    }

    /** The document is the stored one (or its copy from before an update), so its values are the ones filed. */
    @Override
    public Object remove(Document document) {
        Object position = positionOf.apply(document);
        List<Object> values = IndexedValues.of(document, keys().get(0));
        synchronized (lock) {
            values.forEach(value -> unfile(value, position));
            unordered.remove(position);
            count--;
            multiValued -= values.size() > 1 ? 1 : 0;
        }
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        List<Object> oldValues = IndexedValues.of(oldDocument, keys().get(0));
        List<Object> newValues = IndexedValues.of(newDocument, keys().get(0));
        if (oldValues.equals(newValues)) {
            return;
        }
        synchronized (lock) {
            oldValues.forEach(value -> unfile(value, position));
            unordered.remove(position);
            newValues.forEach(value -> file(value, position));
            multiValued += (newValues.size() > 1 ? 1 : 0) - (oldValues.size() > 1 ? 1 : 0);
        }
    }

    /** Not unique: many documents share a value, so no single position; the {@code _id} index names it. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to violate
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to violate
    }

    @Override
    public long getCount() {
        synchronized (lock) {
            return count;
        }
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        synchronized (lock) {
            positionsByValue.clear();
            unordered.clear();
            count = 0;
            multiValued = 0;
        }
    }

    /** Same name and sparseness is not enough: {@code createIndex} with other keys under that name is a conflict. */
    @Override
    public boolean hasSameOptions(Index<?> other) {
        return super.hasSameOptions(other) && describe(getKeys()).equals(describe(other.getKeys()));
    }

    long lookups() {
        return lookups.get();
    }

    long lookupsInOrder() {
        return lookupsInOrder.get();
    }

    int lastCandidates() {
        return lastCandidates;
    }

    private void file(Object value, Object position) {
        try {
            positionsByValue.merge(value, position, SecondaryIndex::together);
        } catch (UnsupportedOperationException e) {
            unordered.add(position);
        }
    }

    private void unfile(Object value, Object position) {
        try {
            positionsByValue.computeIfPresent(value, (v, filed) -> without(filed, position));
        } catch (UnsupportedOperationException e) {
            // filed as unordered, which the caller clears
        }
    }

    private static Object together(Object filed, Object position) {
        if (filed instanceof Positions several) {
            several.add(position);
            return several;
        }
        if (filed.equals(position)) {
            return filed;
        }
        Positions several = new Positions();
        several.add(filed);
        several.add(position);
        return several;
    }

    /** What stays filed under a value without {@code position}; null drops the value. */
    private static Object without(Object filed, Object position) {
        if (filed instanceof Positions several) {
            several.remove(position);
            return several.size() == 1 ? several.iterator().next() : several;
        }
        return filed.equals(position) ? null : filed;
    }

    private static List<String> describe(List<IndexKey> keys) {
        return keys.stream().map(key -> key.getKey() + (key.isAscending() ? ":1" : ":-1")).toList();
    }

    /** Several positions under one value; most values (dates, ids) belong to one document and go without a set. */
    private static final class Positions extends HashSet<Object> {
    }
}
