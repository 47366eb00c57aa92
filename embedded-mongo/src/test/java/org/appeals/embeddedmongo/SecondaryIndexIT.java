package org.appeals.embeddedmongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static org.appeals.embeddedmongo.TwinCollections.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondaryIndexIT {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dir;

    private TwinCollections twins;

    @BeforeEach
    void startServer() {
        twins = new TwinCollections(dir.resolve("store.mv"));
    }

    @AfterEach
    void stopServer() {
        twins.close();
    }

    @Test
    void equalityFindsValuesArrayElementsAndNullForMissingFields() {
        twins.indexed.createIndex(Indexes.ascending("published", "registeredAt"));
        twins.insert(doc("a-1").append("published", false), doc("a-2").append("published", true),
                doc("a-3").append("published", null), doc("a-4"), doc("a-5").append("published", List.of(true, false)),
                doc("a-6").append("published", "false"), doc("a-7").append("published", 0),
                doc("a-8").append("published", new Document("nested", false)));

        assertThat(ids(twins.sameAnswers(eq("published", false)))).containsExactly("a-1", "a-5");
        assertThat(ids(twins.sameAnswers(eq("published", null)))).containsExactly("a-3", "a-4");
        assertThat(ids(twins.sameAnswers(eq("published", true)))).containsExactly("a-2", "a-5");
        assertThat(ids(twins.sameAnswers(eq("published", "false")))).containsExactly("a-6");
        assertThat(ids(twins.sameAnswers(new Document("published", new Document("$eq", 0L))))).containsExactly("a-7");
    }

    @Test
    void rangesOnDatesAndNumbersAnswerLikeAScanWhateverTheTypesMixed() {
        twins.indexed.createIndex(Indexes.ascending("at"));
        twins.insert(doc("d-0").append("at", at(0)), doc("d-3").append("at", at(3)), doc("d-5").append("at", at(5)),
                doc("d-9").append("at", at(9)), doc("n-int").append("at", 2), doc("n-long").append("at", 3L),
                doc("n-double").append("at", 3.5), doc("s").append("at", "x"), doc("null").append("at", null),
                doc("missing"), doc("dates").append("at", List.of(at(1), at(8))),
                doc("mixed").append("at", List.of(3, "y")));

        assertThat(ids(twins.sameAnswers(lt("at", at(5))))).containsExactly("d-0", "d-3", "dates");
        assertThat(ids(twins.sameAnswers(lte("at", at(5))))).containsExactly("d-0", "d-3", "d-5", "dates");
        assertThat(ids(twins.sameAnswers(gt("at", at(5))))).containsExactly("d-9", "dates");
        assertThat(ids(twins.sameAnswers(gte("at", at(9))))).containsExactly("d-9");
        assertThat(ids(twins.sameAnswers(lt("at", 3)))).containsExactly("n-int");
        assertThat(ids(twins.sameAnswers(gte("at", 3)))).containsExactly("mixed", "n-double", "n-long");
        assertThat(ids(twins.sameAnswers(eq("at", 3.0)))).containsExactly("mixed", "n-long");
        assertThat(ids(twins.sameAnswers(lt("at", "z")))).containsExactly("mixed", "s");
        assertThat(ids(twins.sameAnswers(new Document("at", new Document("$gt", 2).append("$lte", 3.5)))))
                .containsExactly("mixed", "n-double", "n-long");
        // separate conditions may each be met by another element of an array, as in MongoDB
        assertThat(ids(twins.sameAnswers(and(gte("at", at(2)), lt("at", at(6)))))).containsExactly("d-3", "d-5",
                "dates");
        assertThat(ids(twins.sameAnswers(and(eq("at", at(1)), eq("at", at(8)))))).containsExactly("dates");
        assertThat(ids(twins.sameAnswers(and(lt("at", at(2)), gt("at", at(7)))))).containsExactly("dates");
    }

    @Test
    void elemMatchOnTheOutboxAndNestedPathsAnswerLikeAScan() {
        twins.indexed.createIndex(Indexes.ascending("outbox.createdAt"));
        twins.indexed.createIndex(Indexes.ascending("decision.published", "decision.decidedAt"));
        twins.insert(
                doc("o-old").append("outbox", List.of(entry("e-1", at(1)), entry("e-2", at(7))))
                        .append("decision", new Document("published", false).append("decidedAt", at(1))),
                doc("o-new").append("outbox", List.of(entry("e-3", at(8))))
                        .append("decision", new Document("published", true).append("decidedAt", at(8))),
                doc("o-empty").append("outbox", List.of())
                        .append("decision", new Document("published", false).append("decidedAt", at(9))),
                doc("o-undated").append("outbox", List.of(new Document("eventId", "e-4"), "not-a-document")),
                doc("o-none").append("decision", "pending"));

        Date cutoff = at(5);
        assertThat(ids(twins.sameAnswers(elemMatch("outbox", lt("createdAt", cutoff))))).containsExactly("o-old");
        assertThat(ids(twins.sameAnswers(lt("outbox.createdAt", cutoff)))).containsExactly("o-old");
        assertThat(ids(twins.sameAnswers(eq("outbox.createdAt", null)))).containsExactly("o-none", "o-undated");
        assertThat(ids(twins.sameAnswers(and(eq("decision.published", false),
                lt("decision.decidedAt", cutoff))))).containsExactly("o-old");
        assertThat(ids(twins.sameAnswers(eq("decision.published", null)))).containsExactly("o-none", "o-undated");
    }

    @Test
    void theIndexFollowsSetUnsetPullPushAndDeletes() {
        twins.indexed.createIndex(Indexes.ascending("published"));
        twins.indexed.createIndex(Indexes.ascending("tags"));
        for (int i = 0; i < 10; i++) {
            twins.insert(doc("u-" + i).append("published", i % 2 == 0).append("tags", List.of("t" + i % 3)));
        }

        twins.write(c -> c.updateMany(lt("_id", "u-4"), Updates.set("published", false)));
        twins.write(c -> c.updateOne(eq("_id", "u-8"), Updates.unset("published")));
        twins.write(c -> c.updateMany(eq("published", false), Updates.push("tags", "retry")));
        twins.write(c -> c.updateMany(eq("tags", "t0"), Updates.pull("tags", "t0")));
        twins.write(c -> c.deleteOne(eq("_id", "u-1")));
        twins.write(c -> c.deleteMany(eq("published", true)));

        assertThat(ids(twins.sameAnswers(eq("published", false)))).containsExactly("u-0", "u-2", "u-3", "u-5", "u-7",
                "u-9");
        assertThat(ids(twins.sameAnswers(eq("published", null)))).containsExactly("u-8");
        assertThat(ids(twins.sameAnswers(eq("published", true)))).isEmpty();
        assertThat(ids(twins.sameAnswers(eq("tags", "retry")))).containsExactly("u-0", "u-2", "u-3", "u-5", "u-7",
                "u-9");
        assertThat(ids(twins.sameAnswers(eq("tags", "t0")))).isEmpty();
        assertThat(ids(twins.sameAnswers(eq("tags", "t2")))).containsExactly("u-2", "u-5", "u-8");
        assertThat(twins.secondaryIndexes()).allSatisfy(index ->
                assertThat(index.getCount()).isEqualTo(twins.indexed.countDocuments()));
    }

    @Test
    void findOneAndUpdateClaimsDueDeliveriesInDueOrderSkippingBlockedChannels() {
        twins.indexed.createIndex(Indexes.ascending("dueAt"));
        twins.insert(doc("dl-1").append("dueAt", at(3)).append("channel", "VK"),
                doc("dl-2").append("dueAt", at(1)).append("channel", "TELEGRAM"),
                doc("dl-3").append("dueAt", at(2)),
                doc("dl-4").append("dueAt", at(0)).append("channel", "VK"),
                doc("dl-5").append("dueAt", at(20)).append("channel", "VK"),
                doc("dl-6").append("channel", "VK"));
        Bson due = and(lte("dueAt", at(10)), nin("channel", List.of("TELEGRAM")));
        Bson claim = Updates.set("dueAt", at(60));
        FindOneAndUpdateOptions firstDue = new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt"))
                .returnDocument(ReturnDocument.AFTER);

        List<Object> claimedViaIndex = new ArrayList<>();
        List<Object> claimedViaScan = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long before = twins.lookups();
            Document viaIndex = twins.indexed.findOneAndUpdate(due, claim, firstDue);
            assertThat(twins.lookups()).isGreaterThan(before);
            claimedViaIndex.add(viaIndex == null ? null : viaIndex.get("_id"));
            Document viaScan = twins.scanned.findOneAndUpdate(due, claim, firstDue);
            claimedViaScan.add(viaScan == null ? null : viaScan.get("_id"));
        }

        assertThat(claimedViaIndex).containsExactly("dl-4", "dl-3", "dl-1", null, null).isEqualTo(claimedViaScan);
    }

    @Test
    void aLimitedAscendingSortOnTheIndexedKeyReadsCandidatesInOrderAndAgreesWithTheScan() {
        twins.indexed.createIndex(Indexes.ascending("dueAt"));
        for (int i = 0; i < 120; i++) {
            // due times repeat (ties), some deliveries blocked by channel, some finished (no dueAt)
            Document delivery = doc("d-" + (1000 + (i * 37) % 120)).append("channel", i % 4 == 0 ? "TELEGRAM" : "VK");
            twins.insert(i % 10 == 9 ? delivery : delivery.append("dueAt", at(i % 30)));
        }
        Bson due = and(lte("dueAt", at(25)), nin("channel", List.of("TELEGRAM")));
        FindOneAndUpdateOptions firstDue = new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt"))
                .returnDocument(ReturnDocument.BEFORE);

        List<Object> viaIndex = new ArrayList<>();
        List<Object> viaScan = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            Document claimed = twins.indexed.findOneAndUpdate(due, Updates.set("dueAt", at(60)), firstDue);
            viaIndex.add(claimed == null ? null : List.of(claimed.get("_id"), claimed.get("dueAt")));
            Document scanned = twins.scanned.findOneAndUpdate(due, Updates.set("dueAt", at(60)), firstDue);
            viaScan.add(scanned == null ? null : List.of(scanned.get("_id"), scanned.get("dueAt")));
        }
        List<Document> firstFive = twins.indexed.find(lte("dueAt", at(60))).sort(Sorts.ascending("dueAt")).limit(5)
                .into(new ArrayList<>());

        assertThat(viaIndex).isEqualTo(viaScan);
        assertThat(viaIndex.subList(70, 72)).containsOnlyNulls();
        assertThat(viaIndex.subList(0, 70)).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids(firstFive)).isEqualTo(ids(twins.scanned.find(lte("dueAt", at(60)))
                .sort(Sorts.ascending("dueAt")).limit(5).into(new ArrayList<>())));
        assertThat(twins.secondaryIndex("dueAt_1").lastCandidates()).isEqualTo(108);
        // every claim and the last find went through the walk in index order, not the match-all-then-sort path
        assertThat(twins.secondaryIndex("dueAt_1").lookupsInOrder()).isEqualTo(73);
    }

    @Test
    void aQueryPinningIdReadsThatDocumentWithoutAskingTheSecondaryIndex() {
        twins.indexed.createIndex(Indexes.ascending("published"));
        twins.insert(doc("a-1").append("published", false).append("version", 1),
                doc("a-2").append("published", false).append("version", 1));
        long before = twins.lookups();

        List<Document> pinned = twins.indexed.find(and(eq("_id", "a-1"), eq("published", false))).into(new ArrayList<>());
        List<Long> updated = new ArrayList<>();
        twins.write(c -> updated.add(c.updateOne(and(eq("_id", "a-2"), eq("published", false), eq("version", 1)),
                Updates.set("published", true)).getModifiedCount()));

        assertThat(ids(pinned)).containsExactly("a-1");
        assertThat(updated).containsExactly(1L, 1L);
        assertThat(twins.lookups()).isEqualTo(before);
        assertThat(ids(twins.sameAnswers(eq("published", false)))).containsExactly("a-1");
    }

    @Test
    void compoundAndQueriesUseTheIndexAndStillCheckEveryCondition() {
        twins.indexed.createIndex(Indexes.ascending("published", "registeredAt"));
        for (int i = 0; i < 12; i++) {
            twins.insert(doc("c-" + (char) ('a' + i)).append("published", i % 3 == 0).append("registeredAt", at(i))
                    .append("channel", i % 2 == 0 ? "VK" : "OK"));
        }

        assertThat(ids(twins.sameAnswers(and(eq("published", false), lt("registeredAt", at(5))))))
                .containsExactly("c-b", "c-c", "c-e");
        assertThat(ids(twins.sameAnswers(and(eq("published", false), lt("registeredAt", at(9)),
                nin("channel", List.of("OK")))))).containsExactly("c-c", "c-e", "c-i");
        assertThat(twins.indexed.countDocuments(and(eq("published", true), gte("registeredAt", at(3)))))
                .isEqualTo(3);
    }

    static Document doc(String id) {
        return new Document("_id", id);
    }

    private static Document entry(String eventId, Date createdAt) {
        return new Document("eventId", eventId).append("createdAt", createdAt);
    }

    static Date at(int minutes) {
        return Date.from(T0.plusSeconds(60L * minutes));
    }
}
