package org.appeals.embeddedmongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static org.appeals.embeddedmongo.SecondaryIndexIT.doc;
import static org.appeals.embeddedmongo.TwinCollections.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondaryIndexLifecycleIT {

    @TempDir
    Path dir;

    @Test
    void afterARestartOnTheSameFileTheIndexIsRebuiltFromTheData() {
        Path file = dir.resolve("store.mv");
        try (TwinCollections first = new TwinCollections(file)) {
            first.indexed.createIndex(Indexes.ascending("published", "registeredAt"));
            for (int i = 0; i < 50; i++) {
                first.insert(doc("r-" + (100 + i)).append("published", i % 10 != 0));
            }
        }

        try (TwinCollections second = new TwinCollections(file)) {
            SecondaryIndex index = second.secondaryIndex("published_1_registeredAt_1");
            assertThat(index.getCount()).isEqualTo(50);
            assertThat(ids(second.sameAnswers(eq("published", false))))
                    .containsExactly("r-100", "r-110", "r-120", "r-130", "r-140");
            assertThat(index.lastCandidates()).isEqualTo(5);
        }
    }

    @Test
    void aStoreTheStockBackendWroteWithANonUniqueIndexOpensWithThatIndexWorking() {
        String file = dir.resolve("old.mv").toString();
        H2Backend stock = new H2Backend(file);
        MongoServer server = new MongoServer(stock);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var indexed = client.getDatabase(TwinCollections.DATABASE).getCollection("indexed");
            indexed.createIndex(Indexes.ascending("state"));
            indexed.insertMany(List.of(doc("s-1").append("state", "NEW"), doc("s-2").append("state", "DONE"),
                    doc("s-3").append("state", "NEW")));
        } finally {
            server.shutdown();
            stock.close();
        }

        try (TwinCollections reopened = new TwinCollections(Path.of(file))) {
            SecondaryIndex index = reopened.secondaryIndex("state_1");
            assertThat(index.getCount()).isEqualTo(3);
            long before = index.lookups();
            assertThat(ids(reopened.indexed.find(eq("state", "NEW")).into(new ArrayList<>())))
                    .containsExactly("s-1", "s-3");
            assertThat(index.lookups()).isEqualTo(before + 1);
        }
    }

    @Test
    void concurrentInsertsUpdatesAndDeletesLeaveTheIndexExact() throws Exception {
        try (TwinCollections twins = new TwinCollections(dir.resolve("store.mv"))) {
            twins.indexed.createIndex(Indexes.ascending("state"));
            ExecutorService writers = Executors.newFixedThreadPool(6);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                done.add(writers.submit(() -> write(twins, writer)));
            }
            for (Future<?> writes : done) {
                writes.get(2, TimeUnit.MINUTES);
            }
            writers.shutdown();

            assertThat(twins.secondaryIndex("state_1").getCount()).isEqualTo(twins.indexed.countDocuments())
                    .isGreaterThan(0);
            for (String state : List.of("NEW", "ASSIGNED", "DONE")) {
                long before = twins.lookups();
                var viaIndex = twins.indexed.find(eq("state", state)).into(new ArrayList<>());
                assertThat(twins.lookups()).isEqualTo(before + 1);
                // $or is not for the index: a scan of the same collection
                var viaScan = twins.indexed.find(or(eq("state", state))).into(new ArrayList<>());
                assertThat(twins.lookups()).isEqualTo(before + 1);
                assertThat(new HashSet<>(viaIndex)).isEqualTo(new HashSet<>(viaScan));
            }
        }
    }

    @Test
    void fiveUnpublishedAmongTwentyThousandAreReadThroughTheIndex() {
        try (TwinCollections twins = new TwinCollections(dir.resolve("store.mv"))) {
            twins.indexed.createIndex(Indexes.ascending("published", "registeredAt"));
            List<Document> appeals = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                appeals.add(new Document("_id", String.format("b-%05d", i)).append("published", i % 4_000 != 7)
                        .append("text", "appeal " + i));
            }
            twins.indexed.insertMany(appeals);
            SecondaryIndex index = twins.secondaryIndex("published_1_registeredAt_1");

            long started = System.nanoTime();
            var viaIndex = twins.indexed.find(eq("published", false)).into(new ArrayList<>());
            long indexedNanos = System.nanoTime() - started;
            started = System.nanoTime();
            var viaScan = twins.indexed.find(or(eq("published", false))).into(new ArrayList<>());
            long scannedNanos = System.nanoTime() - started;
            System.out.printf("5 of 20,000 documents: %.1f ms through the index, %.1f ms by a scan%n",
                    indexedNanos / 1e6, scannedNanos / 1e6);

            assertThat(ids(viaIndex)).containsExactly("b-00007", "b-04007", "b-08007", "b-12007", "b-16007");
            assertThat(viaIndex).isEqualTo(viaScan);
            assertThat(index.lookups()).isEqualTo(1);
            assertThat(index.lastCandidates()).isEqualTo(5);
        }
    }

    private static void write(TwinCollections twins, int writer) {
        Random random = new Random(writer);
        List<String> states = List.of("NEW", "ASSIGNED", "DONE");
        for (int i = 0; i < 150; i++) {
            String id = "w" + writer + "-" + random.nextInt(40);
            switch (random.nextInt(3)) {
                case 0 -> twins.indexed.updateOne(eq("_id", id), Updates.set("state", states.get(random.nextInt(3))),
                        new com.mongodb.client.model.UpdateOptions().upsert(true));
                case 1 -> twins.indexed.updateMany(eq("state", states.get(random.nextInt(3))),
                        Updates.set("touchedBy", writer));
                default -> twins.indexed.deleteOne(eq("_id", id));
            }
        }
    }
}
