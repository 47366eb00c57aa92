package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server uses an index only when a query's keys are exactly the index's keys, so the services' optimistic
 * updates ({@code $and: [{_id}, {version}]}) and any {@code {_id, ...}} filter scanned and decoded the whole
 * collection: the local stack's top cost under load (see the README's benchmark). Here such a query reads the one
 * document the {@code _id} index points at and still checks it against the whole query, as MongoDB would. Other
 * queries go to a unique index that fits them exactly, else to the {@link SecondaryIndex} with the fewest candidates
 * (equality and {@code $lt/$lte/$gt/$gte} on its first key, also inside {@code $and} and {@code $elemMatch}), else
 * scan; every candidate is matched against the whole query, and candidates come in the order a scan would read them.
 */
final class IdLookupCollection extends H2Collection {

    /** The order of the data map's keys (the {@code _id}s), which is the order a scan reads documents in. */
    private final Comparator<Object> scanOrder;

    IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
        this.scanOrder = dataMap.getKeyType();
    }

    /** The only place mongo-java-server plans a query; every candidate is still matched against the whole query. */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        // checked first: one document by _id beats any secondary index
        Iterable<Object> positions = positionOfPinnedId(query);
        Document order = orderBy;
        if (positions == null) {
            positions = positionsInSortOrder(query, orderBy, limit);
            if (positions != null) {
                // already in the sort's order: the stream stops once it has limit matching documents
                order = null;
            } else {
                positions = plannedPositions(query, orderBy);
            }
        }
        return positions == null ? matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector)
                : matchDocuments(query, positions, order, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The one position the {@code _id} index gives a query that pins {@code _id} (none if absent); else null. */
    private Iterable<Object> positionOfPinnedId(Document query) {
        Object id = pinnedId(query);
        if (id == null) {
            return null;
        }
        Document byId = new Document("_id", id);
        for (Index<Object> index : getIndexes()) {
            if (index.isUnique() && index.canHandle(byId)) {
                Object position = index.getPosition(byId);
                return position == null ? List.of() : List.of(position);
            }
        }
        return null;
    }

    /** Skips positions deleted since the index answered: {@code count} reads without the collection's lock. */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
                                         int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        Stream<Document> documents = StreamSupport.stream(positions.spliterator(), false)
                .map(this::getDocument)
                .filter(Objects::nonNull);
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * For a limited query sorted ascending on the first key of a secondary index that can answer it (the notification
     * service's claim, {@code dueAt <= now} oldest first, limit 1), that index's candidates in sort order, so a backlog
     * of due documents costs a walk to the first match rather than decoding and sorting the whole backlog on every
     * claim; else null. Descending sorts keep the general path: an array's largest element decides there, which the
     * index's order does not give.
     */
    private List<Object> positionsInSortOrder(Document query, Document orderBy, int limit) {
        if (limit <= 0 || orderBy == null || orderBy.size() != 1
                || !(orderBy.values().iterator().next() instanceof Number direction) || direction.intValue() != 1) {
            return null;
        }
        String sortKey = orderBy.keySet().iterator().next();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary && secondary.firstKey().equals(sortKey)
                    && secondary.canHandle(query)) {
                return secondary.positionsInOrder(query, scanOrder);
            }
        }
        return null;
    }

    /**
     * The positions of the first unique index that fits the query exactly (as mongo-java-server chooses), else the
     * fewest candidates any secondary index offers, in scan order so that results do not depend on the index;
     * null when no index helps.
     */
    private Iterable<Object> plannedPositions(Document query, Document orderBy) {
        List<Object> fewest = null;
        for (Index<Object> index : getIndexes()) {
            if (!index.canHandle(query)) {
                continue;
            }
            if (index.isUnique()) {
                return index.getPositions(query);
            }
            List<Object> candidates = new ArrayList<>();
            index.getPositions(query).forEach(candidates::add);
            if (fewest == null || candidates.size() < fewest.size()) {
                fewest = candidates;
            }
        }
        if (fewest != null) {
            fewest.sort(isNaturalDescending(orderBy) ? ValueComparator.desc() : scanOrder);
        }
        return fewest;
    }

    /** The plain value {@code _id} must equal, at the top level or in a top-level {@code $and}; else null. */
    static Object pinnedId(Document query) {
        Object id = plain(query.get("_id"));
        if (id == null && query.get("$and") instanceof List<?> terms) {
            for (Object term : terms) {
                if (term instanceof Document condition && id == null) {
                    id = plain(condition.get("_id"));
                }
            }
        }
        return id;
    }

    /** Operators ({@code {$in: …}}) and arrays need the full matcher. */
    private static Object plain(Object value) {
        return value instanceof Document || value instanceof List<?> ? null : value;
    }
}
