package org.appeals.embeddedmongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * What committing every write costs the embedded MongoDB-wire server: acknowledged inserts and updates a second, one
 * client thread (a request's latency) and eight (the stack's throughput), for H2's background commit (the old
 * behaviour), a commit per write (the default) and a commit plus fsync per write. A benchmark that prints figures, not
 * a test. Run from the repository root:
 * <pre>
 * ./mvnw -q -o -pl embedded-mongo test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test.classpath
 * java -cp embedded-mongo/target/test-classes:embedded-mongo/target/classes:$(cat embedded-mongo/target/test.classpath) \
 *     org.appeals.embeddedmongo.EmbeddedMongoWriteBenchmark [rounds]
 * </pre>
 */
public final class EmbeddedMongoWriteBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int SEQUENTIAL = 2_000;
    private static final int THREADS = 8;
    private static final int PER_THREAD = 400;
    private static final String TEXT = "Во дворе дома по улице Мира яма на дороге, машины объезжают по тротуару. ".repeat(10);

    private EmbeddedMongoWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        System.out.printf("%-18s %5s %14s %14s %14s %10s%n", "commit", "round", "insert/s 1 th",
                "insert/s 8 th", "update/s 1 th", "file MB");
        for (int round = 1; round <= rounds; round++) {
            for (CommitPolicy policy : CommitPolicy.values()) {
                measure(policy, round);
            }
        }
    }

    private static void measure(CommitPolicy policy, int round) throws Exception {
        Path dir = Files.createTempDirectory("mongo-bench");
        Path file = dir.resolve("bench.mv");
        int port = ServerProcess.freePort();
        EmbeddedMongoServer server = EmbeddedMongoServer.open(file, "127.0.0.1", port, policy);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> appeals = client.getDatabase("bench").getCollection("appeals");
            insert(appeals, "warm", WARM_UP);
            double sequential = perSecond(SEQUENTIAL, () -> insert(appeals, "seq", SEQUENTIAL));
            double concurrent = perSecond(THREADS * PER_THREAD, () -> insertConcurrently(appeals));
            double updates = perSecond(SEQUENTIAL, () -> update(appeals, "seq", SEQUENTIAL));
            System.out.printf(Locale.ROOT, "%-18s %5d %14.0f %14.0f %14.0f %10.1f%n", policy, round, sequential,
                    concurrent, updates, Files.size(file) / 1e6);
        } finally {
            server.close();
            delete(dir);
        }
    }

    private static void insert(MongoCollection<Document> appeals, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            appeals.insertOne(appeal(prefix + "-" + i));
        }
    }

    private static void update(MongoCollection<Document> appeals, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            appeals.updateOne(Filters.eq("_id", prefix + "-" + i), Updates.set("status", "ASSIGNED"));
        }
    }

    private static void insertConcurrently(MongoCollection<Document> appeals) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String prefix = "thread" + t;
                done.add(threads.submit(() -> insert(appeals, prefix, PER_THREAD)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static Document appeal(String id) {
        return new Document("_id", id).append("status", "RECEIVED").append("channel", "VK")
                .append("text", TEXT).append("receivedAt", new java.util.Date());
    }

    private static double perSecond(int operations, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return operations / ((System.nanoTime() - start) / 1e9);
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
