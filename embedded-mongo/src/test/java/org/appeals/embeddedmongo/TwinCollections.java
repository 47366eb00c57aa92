package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A wire server on an {@link IdLookupBackend} with two collections that receive the same writes: {@code indexed}
 * carries the test's indexes, {@code scanned} none, so every query's answer with an index can be held against the
 * answer of a full scan.
 */
final class TwinCollections implements AutoCloseable {

    static final String DATABASE = "appeals";

    private final IdLookupBackend backend;
    private final MongoServer server;
    private final MongoClient client;
    final MongoCollection<Document> indexed;
    final MongoCollection<Document> scanned;

    TwinCollections(Path file) {
        backend = new IdLookupBackend(file.toString());
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        MongoDatabase database = client.getDatabase(DATABASE);
        indexed = database.getCollection("indexed");
        scanned = database.getCollection("scanned");
    }

    void insert(Document... documents) {
        for (Document document : documents) {
            indexed.insertOne(new Document(document));
            scanned.insertOne(new Document(document));
        }
    }

    /** Runs the same write on both collections. */
    void write(Consumer<MongoCollection<Document>> write) {
        write.accept(indexed);
        write.accept(scanned);
    }

    /** The indexed answer, after checking it equals the scan's (order included) and an index was consulted. */
    List<Document> sameAnswers(Bson filter) {
        long before = lookups();
        List<Document> viaIndex = indexed.find(filter).into(new ArrayList<>());
        List<Document> viaScan = scanned.find(filter).into(new ArrayList<>());
        assertThat(viaIndex).as("%s through an index", filter).isEqualTo(viaScan);
        assertThat(lookups()).as("index lookups for %s", filter).isGreaterThan(before);
        return viaIndex;
    }

    /** The indexed count, after checking it equals the scan's. */
    long sameCount(Bson filter) {
        long viaIndex = indexed.countDocuments(filter);
        assertThat(viaIndex).as("count of %s through an index", filter).isEqualTo(scanned.countDocuments(filter));
        return viaIndex;
    }

    /** The indexed page, after checking it equals the scan's, order included. */
    List<Document> samePage(Bson filter, Bson sort, int skip, int limit) {
        List<Document> viaIndex = indexed.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
        List<Document> viaScan = scanned.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
        assertThat(viaIndex).as("%s sorted by %s, skip %d, limit %d", filter, sort, skip, limit).isEqualTo(viaScan);
        return viaIndex;
    }

    /** Documents the indexed collection decoded for index plans so far. */
    long documentsRead() {
        return ((IdLookupCollection) backend.resolveDatabase(DATABASE).resolveCollection("indexed", true))
                .documentsRead();
    }

    long lookups() {
        return secondaryIndexes().mapToLong(SecondaryIndex::lookups).sum();
    }

    SecondaryIndex secondaryIndex(String name) {
        return secondaryIndexes().filter(index -> index.getName().equals(name)).findFirst().orElseThrow();
    }

    Stream<SecondaryIndex> secondaryIndexes() {
        return backend.resolveDatabase(DATABASE).resolveCollection("indexed", true).getIndexes().stream()
                .filter(SecondaryIndex.class::isInstance).map(SecondaryIndex.class::cast);
    }

    static List<Object> ids(List<Document> documents) {
        return documents.stream().map(document -> document.get("_id")).toList();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
        backend.close();
    }
}
