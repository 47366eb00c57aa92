package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountPipelineTest {

    private static final Document MATCH = new Document("state", "PARKED");
    private static final Document GROUP =
            new Document("$group", new Document("_id", 1).append("n", new Document("$sum", 1)));

    @Test
    void theDriversCountDocumentsIsACount() {
        CountPipeline count = CountPipeline.of(command(new Document("$match", MATCH), GROUP));

        assertThat(count).isEqualTo(new CountPipeline(MATCH, 0, 0, "n"));
    }

    @Test
    void skipAndLimitOfCountDocumentsAreKept() {
        CountPipeline count = CountPipeline.of(command(new Document("$match", MATCH), new Document("$skip", 5),
                new Document("$limit", 10), GROUP));

        assertThat(count).isEqualTo(new CountPipeline(MATCH, 5, 10, "n"));
    }

    @Test
    void otherPipelinesAreLeftToTheAggregation() {
        Document groupByState = new Document("$group", new Document("_id", "$state").append("n",
                new Document("$sum", 1)));
        Document sumOfField = new Document("$group", new Document("_id", 1).append("n", new Document("$sum", "$x")));

        assertThat(CountPipeline.of(command(new Document("$match", MATCH), groupByState))).isNull();
        assertThat(CountPipeline.of(command(new Document("$match", MATCH), sumOfField))).isNull();
        assertThat(CountPipeline.of(command(new Document("$match", MATCH), new Document("$sort",
                new Document("a", 1)), GROUP))).isNull();
        assertThat(CountPipeline.of(command(GROUP))).isNull();
        assertThat(CountPipeline.of(command(new Document("$limit", 3), new Document("$match", MATCH), GROUP)))
                .isNull();
    }

    private static Document command(Document... stages) {
        return new Document("aggregate", "deliveries").append("pipeline", List.of(stages));
    }
}
