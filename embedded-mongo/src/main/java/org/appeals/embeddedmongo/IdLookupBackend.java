package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.util.List;

/**
 * The H2 backend with {@link IdLookupCollection}s and {@link SecondaryIndex}es: same file layout as {@link H2Backend},
 * so an existing store opens unchanged, but a query that pins {@code _id} reads one document instead of the whole
 * collection, and one with an equality or range on the first key of a non-unique index reads only the documents that
 * index points at (stock mongo-java-server 1.47 ignores non-unique indexes). What a command changed is committed to the
 * file before its reply goes out ({@link CommitPolicy}), not a second later as H2 does by itself.
 */
final class IdLookupBackend extends H2Backend {

    private final CommitPolicy commitPolicy;

    IdLookupBackend(String fileName) {
        this(fileName, CommitPolicy.EACH_WRITE);
    }

    IdLookupBackend(String fileName, CommitPolicy commitPolicy) {
        super(fileName);
        this.commitPolicy = commitPolicy;
    }

    /**
     * Every command the driver sends after the handshake (OP_MSG: inserts, updates, deletes, findAndModify, index
     * builds) comes through here; the server writes the reply once this returns.
     */
    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            if (!CommitPolicy.waivedBy(message.getDocument())) {
                commitPolicy.afterCommand(getMvStore());
            }
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor already opens collections, before a subclass could set
     * fields of its own, while the enclosing backend (store, cursors) is reachable from the start.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** A {@code countDocuments} goes through the indexes ({@link CountPipeline}); the rest as before. */
        @Override
        public Document handleCommand(Channel channel, String command, Document query,
                                      DatabaseResolver databaseResolver, Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName) {
                CountPipeline count = CountPipeline.of(query);
                if (count != null) {
                    return count.answer(resolveCollection(collectionName, false),
                            getFullCollectionNamespace(collectionName));
                }
            }
            return super.handleCommand(channel, command, query, databaseResolver, oplog);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the map names of mongo-java-server 1.47's H2Database, so stores written before keep their data
            String namespace = getFullCollectionNamespace(collectionName);
            return new IdLookupCollection(this, collectionName, options,
                    getMvStore().openMap("databases." + namespace), getMvStore().openMap("meta." + namespace),
                    getCursorRegistry());
        }

        /** In memory too, {@link InMemoryUniqueIndex}: H2's index maps compare keys by deserializing them. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new InMemoryUniqueIndex(indexName, keys, sparse);
        }

        /**
         * Kept in memory only: the index's description stays in {@code system.indexes} as before, and whenever the
         * store opens (or the index is created) the collection fills the new, empty index from its documents.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            // H2Collection files each document under its _id
            return new SecondaryIndex(indexName, keys, sparse, document -> document.get("_id"));
        }
    }
}
