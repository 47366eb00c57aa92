package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void everySchemaFileDescribesARecord() {
        assertThat(ContractSchemas.files()).containsExactlyInAnyOrderElementsOf(ContractSchemas.RECORDS.keySet());
    }

    @Test
    void everyRecordComponentIsASchemaPropertyOfACompatibleTypeAndRequiredness() {
        ContractSchemas.RECORDS.forEach((file, record) -> new SchemaShapes(ContractSchemas.schema(file),
                !file.equals(ContractSchemas.SUBMISSION)).assertMatches(record));
    }

    @Test
    void everyContractSampleValidatesAgainstItsSchema() {
        for (ContractSamples sample : ContractSamples.values()) {
            JsonNode json = ContractSchemas.JSON.readTree(sample.json());

            assertThat(errors(ContractSchemas.fileOf(sample), json)).as(sample.name()).isEmpty();
        }
        assertThat(errors(ContractSchemas.SUBMISSION, ContractSchemas.submissionSample())).isEmpty();
    }

    @Test
    void aSampleThatBreaksItsSchemaFails() {
        ObjectNode received = (ObjectNode) ContractSchemas.JSON.readTree(ContractSamples.APPEAL_RECEIVED.json());
        received.put("channel", "FAX");
        received.remove("eventId");

        assertThat(errors("appeal-received.json", received)).extracting(Error::toString)
                .anySatisfy(error -> assertThat(error).contains("/channel").contains("enumeration"))
                .anySatisfy(error -> assertThat(error).contains("eventId").contains("required"));
    }

    @Test
    void aNewAppealMustSayWhatWhoAndWhereToReplyButAReplyNeedNot() {
        ObjectNode appeal = (ObjectNode) ContractSchemas.submissionSample();
        appeal.remove(List.of("text", "author", "replyTo"));
        ObjectNode reply = appeal.deepCopy();
        reply.put("inReplyTo", "5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");
        reply.putObject("feedback").put("rating", 5).put("solved", true);

        assertThat(errors(ContractSchemas.SUBMISSION, appeal)).extracting(Error::toString)
                .anySatisfy(error -> assertThat(error).contains("text"))
                .anySatisfy(error -> assertThat(error).contains("author"))
                .anySatisfy(error -> assertThat(error).contains("replyTo"));
        assertThat(errors(ContractSchemas.SUBMISSION, reply)).isEmpty();
    }

    @Test
    void aSubmissionOutsideIntakesLimitsFails() {
        ObjectNode appeal = (ObjectNode) ContractSchemas.submissionSample();
        ((ObjectNode) appeal.get("location")).put("lat", 91.0);
        appeal.putObject("feedback").put("rating", 6);

        assertThat(errors(ContractSchemas.SUBMISSION, appeal)).extracting(Error::toString)
                .anySatisfy(error -> assertThat(error).contains("/location/lat").contains("90"))
                .anySatisfy(error -> assertThat(error).contains("/feedback/rating").contains("5"));
    }

    private List<Error> errors(String file, JsonNode json) {
        Schema schema = registry.getSchema(ContractSchemas.schema(file));
        return schema.validate(json);
    }
}
