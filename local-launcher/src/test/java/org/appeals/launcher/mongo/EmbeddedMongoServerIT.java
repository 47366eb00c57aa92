package org.appeals.launcher.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerIT {

    @TempDir
    Path dir;

    @Test
    void keepsADocumentAcrossAStopAndStartOnTheSameFile() throws Exception {
        Path file = dir.resolve("mongo/appeals.mv");
        int port = Ports.free();

        JavaProcess first = startedServer(file, port, "first");
        try (MongoClient client = client(port)) {
            client.getDatabase("intake").getCollection("appeals")
                    .insertOne(new Document("_id", "appeal-1").append("status", "RECEIVED"));
        } finally {
            first.stop(Duration.ofSeconds(15));
        }
        assertThat(Files.readString(first.logFile())).contains("store closed");
        assertThat(file).isRegularFile();

        JavaProcess second = startedServer(file, port, "second");
        try (MongoClient client = client(port)) {
            Document found = client.getDatabase("intake").getCollection("appeals")
                    .find(Filters.eq("_id", "appeal-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("RECEIVED");
        } finally {
            second.stop(Duration.ofSeconds(15));
        }
    }

    private JavaProcess startedServer(Path file, int port, String run) {
        JavaProcess process = EmbeddedMongoServer.spawn(file, port, dir.resolve("logs/mongodb-" + run + ".log"));
        process.awaitPort("127.0.0.1", port, Duration.ofSeconds(60));
        return process;
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000");
    }
}
