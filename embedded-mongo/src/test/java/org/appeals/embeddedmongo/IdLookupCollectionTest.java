package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdLookupCollectionTest {

    @Test
    void anOptimisticUpdateFilterPinsItsId() {
        Document query = new Document("$and", List.of(new Document("_id", "a-1"), new Document("version", 3L)));

        assertThat(IdLookupCollection.pinnedId(query)).isEqualTo("a-1");
    }

    @Test
    void aTopLevelIdNextToOtherFieldsPinsIt() {
        assertThat(IdLookupCollection.pinnedId(new Document("_id", "a-2").append("state", "ASSIGNED")))
                .isEqualTo("a-2");
    }

    @Test
    void operatorsOnIdAndQueriesWithoutIdAreLeftToTheFullMatcher() {
        assertThat(IdLookupCollection.pinnedId(new Document("_id", new Document("$in", List.of("a", "b"))))).isNull();
        assertThat(IdLookupCollection.pinnedId(new Document("departmentId", "region-waste"))).isNull();
    }

    @Test
    void aPatternOnIdIsNoIdToLookUp() {
        assertThat(IdLookupCollection.pinnedId(new Document("_id", new BsonRegularExpression("^a-0", "")))).isNull();
        assertThat(IdLookupCollection.pinnedId(new Document("$and", List.of(
                new Document("_id", new BsonRegularExpression("^a-0", "")), new Document("n", 1))))).isNull();
    }
}
