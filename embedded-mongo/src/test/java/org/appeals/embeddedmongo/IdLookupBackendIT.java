package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdLookupBackendIT {

    @TempDir
    Path dir;

    @Test
    void anOptimisticUpdateAppliesOnlyToTheVersionItRead() {
        withServer(new IdLookupBackend(dir.resolve("store.mv").toString()), appeals -> {
            appeals.insertOne(new Document("_id", "a-1").append("version", 1L).append("state", "ASSIGNED"));
            appeals.insertOne(new Document("_id", "a-2").append("version", 1L).append("state", "ASSIGNED"));

            long fresh = appeals.updateOne(Filters.and(Filters.eq("_id", "a-1"), Filters.eq("version", 1L)),
                    Updates.combine(Updates.set("state", "IN_REVIEW"), Updates.inc("version", 1L))).getMatchedCount();
            long stale = appeals.updateOne(Filters.and(Filters.eq("_id", "a-1"), Filters.eq("version", 1L)),
                    Updates.set("state", "ANSWERED")).getMatchedCount();
            long missing = appeals.updateOne(Filters.and(Filters.eq("_id", "a-9"), Filters.eq("version", 1L)),
                    Updates.set("state", "ANSWERED")).getMatchedCount();

            assertThat(fresh).isEqualTo(1);
            assertThat(stale).isZero();
            assertThat(missing).isZero();
            assertThat(appeals.find(Filters.eq("_id", "a-1")).first()).containsEntry("state", "IN_REVIEW")
                    .containsEntry("version", 2L);
            assertThat(appeals.find(Filters.eq("_id", "a-2")).first()).containsEntry("state", "ASSIGNED");
        });
    }

    @Test
    void opensAStoreTheStockBackendWroteWithItsDataAndIndexes() {
        String file = dir.resolve("old.mv").toString();
        withServer(new H2Backend(file), appeals ->
                appeals.insertOne(new Document("_id", "a-1").append("version", 4L).append("state", "NOTIFIED")));

        withServer(new IdLookupBackend(file), appeals -> {
            assertThat(appeals.countDocuments()).isEqualTo(1);
            assertThat(appeals.find(Filters.and(Filters.eq("_id", "a-1"), Filters.eq("version", 4L))).first())
                    .containsEntry("state", "NOTIFIED");
        });
    }

    @Test
    void uniqueIndexesKeptInMemoryStillRefuseDuplicatesAndFindByIdAfterARestart() {
        String file = dir.resolve("unique.mv").toString();
        withServer(new IdLookupBackend(file), appeals -> {
            appeals.createIndex(Indexes.ascending("channel", "externalId"), new IndexOptions().unique(true));
            appeals.insertOne(new Document("_id", "a-1").append("channel", "VK").append("externalId", "wall-1"));
            appeals.insertOne(new Document("_id", "a-2").append("channel", "OK").append("externalId", "wall-1"));
        });

        withServer(new IdLookupBackend(file), appeals -> {
            assertThatThrownBy(() -> appeals.insertOne(new Document("_id", "a-3").append("channel", "VK")
                    .append("externalId", "wall-1"))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> appeals.insertOne(new Document("_id", "a-1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            // an update that frees a key lets another document take it
            appeals.updateOne(Filters.eq("_id", "a-1"), Updates.set("externalId", "wall-9"));
            appeals.insertOne(new Document("_id", "a-4").append("channel", "VK").append("externalId", "wall-1"));

            assertThat(appeals.find(Filters.eq("_id", "a-2")).first()).containsEntry("channel", "OK");
            assertThat(appeals.find(Filters.and(Filters.eq("channel", "VK"), Filters.eq("externalId", "wall-1")))
                    .first()).containsEntry("_id", "a-4");
            assertThat(appeals.countDocuments()).isEqualTo(3);
        });
    }

    private static void withServer(H2Backend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            use.accept(client.getDatabase("department").getCollection("appeals"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }
}
