package org.appeals.launcher.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server uses an index only when a query's keys are exactly the index's keys, so the services' optimistic
 * updates ({@code $and: [{_id}, {version}]}) and any {@code {_id, ...}} filter scanned and decoded the whole
 * collection: the local stack's top cost under load (see the README's benchmark). Here such a query reads the one
 * document the {@code _id} index points at and still checks it against the whole query, as MongoDB would.
 */
final class IdLookupCollection extends H2Collection {

    IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        Object id = pinnedId(query);
        if (id != null) {
            Document byId = new Document("_id", id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    Object position = index.getPosition(byId);
                    Stream<Document> candidate = position == null ? Stream.empty() : Stream.of(getDocument(position));
                    return matchDocumentsFromStream(candidate, query, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                }
            }
        }
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
