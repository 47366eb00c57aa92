package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server uses an index only when a query's keys are exactly the index's keys, so the services' optimistic
 * updates ({@code $and: [{_id}, {version}]}) and any {@code {_id, ...}} filter scanned and decoded the whole
 * collection: the local stack's top cost under load (see the README's benchmark). Here such a query reads the one
 * document the {@code _id} index points at and still checks it against the whole query, as MongoDB would. Other
 * queries go to a unique index that fits them exactly, else to the candidates every {@link SecondaryIndex} that can
 * answer them allows ({@link IndexPlan}: equality, {@code $in} and {@code $lt/$lte/$gt/$gte} on an index's first key,
 * also inside {@code $and} and {@code $elemMatch}), else scan; every candidate is matched against the whole query,
 * and candidates come in the order a scan would read them (or a sort's, when an index walk gives it).
 */
final class IdLookupCollection extends H2Collection {

    /** Documents read through an index plan: what a test can hold a plan to. */
    private final AtomicLong documentsRead = new AtomicLong();

    /** The order of the data map's keys (the {@code _id}s), which is the order a scan reads documents in. */
    private final Comparator<Object> scanOrder;

    IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
        this.scanOrder = dataMap.getKeyType();
    }

    /**
     * A find without the collection's lock, which mongo-java-server's synchronized collection takes for reads too: a
     * long read (a gauge counting every appeal, a page decoding its documents) made every write and every other read
     * of the collection wait behind it. Reading needs no lock here: H2's map serves reads while it is written, the
     * indexes guard themselves, a position deleted meanwhile is skipped, and every document is still matched against
     * the query. Writes, and the reads inside them (updates, findAndModify), keep the lock.
     */
    @Override
    public QueryResult handleQuery(QueryParameters parameters) {
        Document selector = parameters.getQuerySelector();
        Document query = selector;
        Document orderBy = null;
        if (selector.containsKey("query")) {
            query = (Document) selector.get("query");
            orderBy = (Document) selector.get("orderby");
        } else if (selector.containsKey("$query")) {
            query = (Document) selector.get("$query");
            orderBy = (Document) selector.get("$orderby");
        }
        return queryDocuments(query, orderBy, parameters.getNumberToSkip(), parameters.getLimit(),
                parameters.getBatchSize(), parameters.getProjection());
    }

    /** The only place mongo-java-server plans a query; every candidate is still matched against the whole query. */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        // checked first: one document by _id beats any secondary index
        Iterable<Object> positions = positionOfPinnedId(query);
        if (positions == null) {
            positions = positionsOfFittingUniqueIndex(query);
        }
        if (positions != null) {
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        IndexPlan plan = IndexPlan.of(query, secondaryIndexes());
        boolean exact = plan == null ? query.isEmpty() : plan.exact();
        List<Object> inOrder = positionsInSortOrder(query, orderBy, limit, plan);
        if (inOrder != null && exact) {
            // every position is an answer: read only the page's documents
            List<Object> page = inOrder.subList(Math.min(numberToSkip, inOrder.size()),
                    (int) Math.min((long) numberToSkip + limit, inOrder.size()));
            return matchDocuments(query, page, null, 0, limit, batchSize, fieldSelector);
        }
        if (inOrder != null) {
            // already in the sort's order: the stream stops once it has limit matching documents
            return matchDocuments(query, inOrder, null, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (plan == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // in scan order, so that results do not depend on the index
        List<Object> candidates = new ArrayList<>(plan.candidates());
        candidates.sort(isNaturalDescending(orderBy) ? ValueComparator.desc() : scanOrder);
        return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * Counted from the indexes alone when they answer the query exactly ({@link IndexPlan}): the console's counts
     * and every page's total would otherwise read each matching document; else as mongo-java-server counts.
     */
    @Override
    public int count(Document query, int skip, int limit) {
        if (query != null && !query.isEmpty() && pinnedId(query) == null
                && positionsOfFittingUniqueIndex(query) == null) {
            IndexPlan plan = IndexPlan.of(query, secondaryIndexes());
            if (plan != null && plan.exact()) {
                int counted = Math.max(0, plan.candidates().size() - Math.max(skip, 0));
                return limit > 0 ? Math.min(limit, counted) : counted;
            }
        }
        return super.count(query, skip, limit);
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
                .peek(position -> documentsRead.incrementAndGet())
                .map(this::getDocument)
                .filter(Objects::nonNull);
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * For a limited query sorted on the first key of a secondary index (the notification claim, {@code dueAt <= now}
     * oldest first, limit 1; the console's newest appeals first, a page of 25, sorted by {@code receivedAt} and
     * {@code _id}), that index's positions in sort order, kept to the plan's candidates: a page costs a walk to its
     * last document rather than decoding and sorting every candidate, and never more than reading them all. Null
     * when no index walks so.
     */
    private List<Object> positionsInSortOrder(Document query, Document orderBy, int limit, IndexPlan plan) {
        SortKey sort = SortKey.of(orderBy);
        if (limit <= 0 || sort == null) {
            return null;
        }
        Comparator<Object> ties = !sort.tiesById() ? scanOrder
                : sort.descending() ? KeyRange.ORDER.reversed() : KeyRange.ORDER;
        for (SecondaryIndex index : secondaryIndexes()) {
            if (index.firstKey().equals(sort.key())) {
                List<Object> walk = index.positionsInOrder(query, ties, sort.descending());
                if (walk != null && plan != null) {
                    walk.removeIf(position -> !plan.candidates().contains(position));
                }
                return walk;
            }
        }
        return null;
    }

    /** The position the unique index that fits the query exactly gives (as mongo-java-server chooses); else null. */
    private Iterable<Object> positionsOfFittingUniqueIndex(Document query) {
        for (Index<Object> index : getIndexes()) {
            if (index.isUnique() && index.canHandle(query)) {
                return index.getPositions(query);
            }
        }
        return null;
    }

    private List<SecondaryIndex> secondaryIndexes() {
        return getIndexes().stream().filter(SecondaryIndex.class::isInstance).map(SecondaryIndex.class::cast)
                .toList();
    }

    /**
     * A sort an index walk reproduces: one key, or one key and then {@code _id} in the same direction; null for any
     * other.
     */
    record SortKey(String key, boolean descending, boolean tiesById) {

        static SortKey of(Document orderBy) {
            if (orderBy == null || orderBy.isEmpty() || orderBy.size() > 2) {
                return null;
            }
            List<String> keys = List.copyOf(orderBy.keySet());
            Integer direction = direction(orderBy.get(keys.get(0)));
            if (direction == null || keys.get(0).equals("$natural")) {
                return null;
            }
            if (keys.size() == 2 && !(keys.get(1).equals("_id") && direction.equals(direction(orderBy.get("_id"))))) {
                return null;
            }
            return new SortKey(keys.get(0), direction == -1, keys.size() == 2);
        }

        private static Integer direction(Object value) {
            return value instanceof Number number && Math.abs(number.doubleValue()) == 1
                    ? (int) number.doubleValue() : null;
        }
    }

    long documentsRead() {
        return documentsRead.get();
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

    /** Operators ({@code {$in: …}}), arrays and patterns ({@code {_id: /^ab/}}) need the full matcher. */
    private static Object plain(Object value) {
        return value instanceof Document || value instanceof List<?>
                || BsonRegularExpression.isRegularExpression(value) ? null : value;
    }
}
