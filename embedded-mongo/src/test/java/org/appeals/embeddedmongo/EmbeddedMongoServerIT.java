package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerIT {

    @TempDir
    Path dir;

    @Test
    void keepsADocumentAcrossAStopAndStartOnTheSameFile() throws Exception {
        Path file = dir.resolve("mongo/appeals.mv");
        int port = ServerProcess.freePort();

        ServerProcess first = startedServer(file, port, "first");
        try (MongoClient client = client(port)) {
            client.getDatabase("intake").getCollection("appeals")
                    .insertOne(new Document("_id", "appeal-1").append("status", "RECEIVED"));
        } finally {
            first.stop();
        }
        assertThat(first.log()).contains("store closed");
        assertThat(file).isRegularFile();

        ServerProcess second = startedServer(file, port, "second");
        try (MongoClient client = client(port)) {
            Document found = client.getDatabase("intake").getCollection("appeals")
                    .find(Filters.eq("_id", "appeal-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("RECEIVED");
        } finally {
            second.stop();
        }
    }

    /**
     * The lost appeal: H2 committed its file about once a second, so the writes acknowledged in the last second
     * before a SIGKILL were gone. Each insert and update here is acknowledged, and the kill follows the last at once.
     */
    @Test
    void keepsEveryAcknowledgedWriteWhenTheServerIsKilled() throws Exception {
        Path file = dir.resolve("mongo/appeals.mv");
        int port = ServerProcess.freePort();
        int appeals = 300;

        ServerProcess first = startedServer(file, port, "killed");
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = client.getDatabase("intake").getCollection("appeals");
            for (int i = 0; i < appeals; i++) {
                collection.insertOne(new Document("_id", "appeal-" + i).append("status", "RECEIVED"));
            }
            collection.updateOne(Filters.eq("_id", "appeal-" + (appeals - 1)), Updates.set("status", "ASSIGNED"));
            killHard(first);
        }

        ServerProcess second = startedServer(file, port, "after-kill");
        try (MongoClient client = client(port)) {
            MongoCollection<Document> collection = client.getDatabase("intake").getCollection("appeals");
            assertThat(collection.countDocuments()).isEqualTo(appeals);
            Document last = collection.find(Filters.eq("_id", "appeal-" + (appeals - 1))).first();
            assertThat(last).isNotNull();
            assertThat(last.getString("status")).isEqualTo("ASSIGNED");
        } finally {
            second.stop();
        }
    }

    /** SIGKILL: no shutdown hook runs, so the store is not closed and nothing pending is written. */
    private static void killHard(ServerProcess server) throws Exception {
        server.kill();
        assertThat(server.log()).doesNotContain("store closed");
    }

    private ServerProcess startedServer(Path file, int port, String run) throws Exception {
        return ServerProcess.start(file, port, dir.resolve("logs/mongodb-" + run + ".log"));
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000");
    }
}
