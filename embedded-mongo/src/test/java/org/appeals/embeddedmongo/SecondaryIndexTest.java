package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondaryIndexTest {

    private final SecondaryIndex published = index("published", "registeredAt");

    @Test
    void equalitiesAndRangesOnTheFirstKeyAreForTheIndex() {
        assertThat(published.canHandle(new Document("published", false))).isTrue();
        assertThat(published.canHandle(new Document("published", null))).isTrue();
        assertThat(published.canHandle(new Document("published", new Document("$in", List.of(false, "x"))))).isTrue();
        assertThat(published.canHandle(new Document("published", new Document("$eq", false)))).isTrue();
        assertThat(published.canHandle(new Document("published", new Document("$gte", 1).append("$lt", 5)))).isTrue();
        assertThat(published.canHandle(new Document("$and", List.of(new Document("published", false),
                new Document("registeredAt", new Document("$lt", 7)))))).isTrue();
    }

    @Test
    void otherOperatorsOtherKeysAndWholeValuesAreLeftToTheScan() {
        assertThat(published.canHandle(new Document("published", new Document("$in", List.of(false, "x"))
                .append("$ne", true)))).isFalse();
        assertThat(published.canHandle(new Document("published", new Document("$in", List.of(List.of(false))))))
                .isFalse();
        assertThat(published.canHandle(new Document("published", new Document("$ne", true)))).isFalse();
        assertThat(published.canHandle(new Document("published", new Document("$exists", true)))).isFalse();
        assertThat(published.canHandle(new Document("published", new BsonRegularExpression("^f", "")))).isFalse();
        assertThat(published.canHandle(new Document("published", List.of(false)))).isFalse();
        assertThat(published.canHandle(new Document("published", new Document("value", false)))).isFalse();
        assertThat(published.canHandle(new Document("published", new Document("$lt", List.of(1))))).isFalse();
        assertThat(published.canHandle(new Document("registeredAt", 5))).isFalse();
        assertThat(published.canHandle(new Document("$or", List.of(new Document("published", false))))).isFalse();
    }

    @Test
    void anElemMatchOnTheArrayOfANestedKeyIsForTheIndex() {
        SecondaryIndex outbox = index("outbox.createdAt");
        add(outbox, "a-1", new Document("outbox", List.of(new Document("createdAt", 3), new Document("createdAt", 9))));
        add(outbox, "a-2", new Document("outbox", List.of(new Document("createdAt", 8))));
        add(outbox, "a-3", new Document("outbox", List.of()));

        Document due = new Document("outbox", new Document("$elemMatch",
                new Document("createdAt", new Document("$lt", 5))));

        assertThat(outbox.canHandle(due)).isTrue();
        assertThat(outbox.getPositions(due)).containsExactly("a-1");
        assertThat(outbox.canHandle(new Document("outbox", new Document("$elemMatch", new Document("other", 1)))))
                .isFalse();
    }

    @Test
    void removedAndUpdatedDocumentsLeaveNoStaleCandidates() {
        add(published, "a-1", new Document("published", false));
        add(published, "a-2", new Document("published", false));
        published.updateInPlace(new Document("_id", "a-1").append("published", false),
                new Document("_id", "a-1").append("published", true), "a-1", null);
        assertThat(published.remove(new Document("_id", "a-2").append("published", false))).isEqualTo("a-2");

        assertThat(published.getPositions(new Document("published", false))).isEmpty();
        assertThat(published.getPositions(new Document("published", true))).containsExactly("a-1");
        assertThat(published.getCount()).isEqualTo(1);
    }

    @Test
    void aDocumentMatchingSeveralValuesInTheRangeIsACandidateOnce() {
        add(published, "a-1", new Document("published", List.of(1, 2, 3)));

        assertThat(published.getPositions(new Document("published", new Document("$gte", 1)))).containsExactly("a-1");
    }

    private static SecondaryIndex index(String... keys) {
        List<IndexKey> indexKeys = java.util.Arrays.stream(keys).map(key -> new IndexKey(key, true)).toList();
        return new SecondaryIndex(String.join("_", keys), indexKeys, false, document -> document.get("_id"));
    }

    private static void add(SecondaryIndex index, String id, Document document) {
        document.put("_id", id);
        index.add(document, id, null);
    }
}
