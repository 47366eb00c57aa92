package org.appeals.embeddedmongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.regex;
import static org.appeals.embeddedmongo.SecondaryIndexIT.at;
import static org.appeals.embeddedmongo.SecondaryIndexIT.doc;
import static org.appeals.embeddedmongo.TwinCollections.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's queries on a collection shaped like intake's appeals: counts and sorted pages through several
 * indexes at once answer exactly as a scan does, and read only the documents they return.
 */
class IndexPlanIT {

    private static final List<String> STATUSES = List.of("TRIAGE", "ASSIGNED", "IN_REVIEW", "CLOSED");
    private static final List<String> MUNICIPALITIES = List.of("VOLGOGRAD", "VOLZHSKY", "MIKHAILOVKA");
    private static final Bson NEWEST = Sorts.descending("listing.receivedAt", "_id");
    private static final Bson DUE = Sorts.ascending("listing.dueOrder", "_id");
    private static final Bson ANY_TIME = gte("listing.receivedAt", new java.util.Date(Long.MIN_VALUE));

    @TempDir
    Path dir;

    private TwinCollections twins;

    @BeforeEach
    void storeAppeals() {
        twins = new TwinCollections(dir.resolve("store.mv"));
        twins.indexed.createIndex(Indexes.descending("listing.receivedAt", "_id"));
        twins.indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("listing.status"),
                Indexes.descending("listing.receivedAt")));
        twins.indexed.createIndex(Indexes.ascending("listing.municipality", "listing.status"));
        twins.indexed.createIndex(Indexes.ascending("listing.stems"));
        twins.indexed.createIndex(Indexes.ascending("listing.overdue", "listing.municipality"));
        twins.indexed.createIndex(Indexes.ascending("listing.dueOrder", "_id"));
        Random random = new Random(34);
        for (int i = 0; i < 400; i++) {
            // minutes repeat, so receivedAt ties and the _id decides
            twins.insert(doc(String.format("a-%04d", random.nextInt(10_000)) + "-" + i)
                    .append("listing", new Document("receivedAt", at(random.nextInt(150)))
                            .append("status", STATUSES.get(random.nextInt(STATUSES.size())))
                            .append("municipality", MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())))
                            .append("stems", List.of("ям", i % 2 == 0 ? "двор" : "дорог"))
                            .append("overdue", random.nextInt(5) == 0)
                            .append("dueOrder", at(random.nextInt(40)))));
        }
        // documents an index cannot answer exactly for: no listing, an odd type, a number as status
        twins.insert(doc("odd-1"), doc("odd-2").append("listing", new Document("status", 3)
                .append("receivedAt", "yesterday")));
    }

    @AfterEach
    void stopServer() {
        twins.close();
    }

    @Test
    void countsThroughSeveralIndexesEqualAScanAndReadNoDocument() {
        long read = twins.documentsRead();

        long region = twins.sameCount(ANY_TIME);
        long triage = twins.sameCount(and(eq("listing.status", "TRIAGE"), eq("listing.municipality", "VOLZHSKY")));
        long open = twins.sameCount(and(in("listing.status", List.of("ASSIGNED", "IN_REVIEW")),
                in("listing.municipality", List.of("VOLGOGRAD", "MIKHAILOVKA")), ANY_TIME));
        long overdue = twins.sameCount(and(eq("listing.overdue", true), eq("listing.municipality", "VOLGOGRAD")));
        long words = twins.sameCount(and(eq("listing.stems", "ям"), eq("listing.stems", "двор"),
                lt("listing.receivedAt", at(75))));

        assertThat(region).isEqualTo(400);
        assertThat(triage).isBetween(1L, 399L);
        assertThat(open).isBetween(1L, 399L);
        assertThat(overdue).isBetween(1L, 399L);
        assertThat(words).isBetween(1L, 200L);
        assertThat(twins.documentsRead()).isEqualTo(read);
    }

    @Test
    void countsTheIndexesCannotAnswerAloneStillEqualAScan() {
        long read = twins.documentsRead();

        long notClosed = twins.sameCount(and(ne("listing.status", "CLOSED"), eq("listing.municipality", "VOLZHSKY")));
        long byPrefix = twins.sameCount(and(regex("_id", "^a-0"), ANY_TIME));
        long numberStatus = twins.sameCount(eq("listing.status", 3));

        assertThat(notClosed).isBetween(1L, 399L);
        assertThat(byPrefix).isBetween(1L, 399L);
        assertThat(numberStatus).isEqualTo(1);
        assertThat(twins.documentsRead()).isGreaterThan(read);
    }

    @Test
    void sortedPagesEqualAScanAndReadOnlyThePage() {
        for (Bson filter : List.of(ANY_TIME, and(eq("listing.municipality", "VOLZHSKY"), ANY_TIME),
                and(in("listing.status", List.of("TRIAGE", "IN_REVIEW")), eq("listing.stems", "дорог"), ANY_TIME),
                and(eq("listing.overdue", false), ANY_TIME))) {
            for (int skip : List.of(0, 25, 150)) {
                long read = twins.documentsRead();
                List<Document> page = twins.samePage(filter, NEWEST, skip, 25);
                assertThat(twins.documentsRead() - read).as("documents read for %s", filter)
                        .isEqualTo(page.size());
            }
        }
        assertThat(ids(twins.samePage(eq("listing.municipality", "MIKHAILOVKA"), DUE, 10, 20))).hasSize(20);
        assertThat(twins.samePage(ANY_TIME, Sorts.ascending("listing.receivedAt"), 390, 25)).hasSize(10);
    }

    @Test
    void pagesFollowWritesThatMoveDocumentsBetweenValues() {
        twins.write(collection -> collection.updateMany(eq("listing.status", "TRIAGE"),
                Updates.combine(Updates.set("listing.status", "ASSIGNED"), Updates.set("listing.receivedAt", at(200)))));
        twins.write(collection -> collection.deleteMany(eq("listing.municipality", "VOLGOGRAD")));

        assertThat(twins.sameCount(eq("listing.status", "TRIAGE"))).isZero();
        List<Document> newest = twins.samePage(ANY_TIME, NEWEST, 0, 10);
        assertThat(newest).allSatisfy(appeal ->
                assertThat(appeal.get("listing", Document.class).getString("status")).isEqualTo("ASSIGNED"));
        assertThat(twins.sameCount(eq("listing.municipality", "VOLGOGRAD"))).isZero();
    }

    @Test
    void anArrayFieldKeepsTheScanOrderForDescendingSorts() {
        twins.indexed.createIndex(Indexes.ascending("tags"));
        twins.insert(doc("t-1").append("tags", List.of("b", "z")), doc("t-2").append("tags", "m"),
                doc("t-3").append("tags", List.of("a")));

        assertThat(ids(twins.samePage(in("tags", List.of("a", "m", "z")), Sorts.descending("tags"), 0, 3)))
                .containsExactly("t-1", "t-2", "t-3");
        assertThat(twins.sameCount(in("tags", List.of("b", "m")))).isEqualTo(2);
    }
}
