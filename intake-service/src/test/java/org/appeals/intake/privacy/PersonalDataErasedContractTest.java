package org.appeals.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.PersonalDataErased;
import org.appeals.contracts.Topics;
import org.appeals.support.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What intake's outbox puts on appeals.personal-data-erased has the sample's fields, and nothing personal. */
class PersonalDataErasedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theErasureIntakePublishesHasExactlyTheFieldsOfTheSample() {
        PersonalDataErased erased = new PersonalDataErased(PersonalDataErased.SCHEMA_VERSION, UUID.randomUUID(),
                UUID.randomUUID(), Instant.parse("2031-12-01T03:00:00Z"), ErasureReason.RETENTION);

        OutboxEvent stored = OutboxEvent.of(Topics.APPEALS_PERSONAL_DATA_ERASED, erased);
        JsonNode ours = json.readTree(stored.json());
        JsonNode sample = json.readTree(ContractSamples.PERSONAL_DATA_ERASED.json());

        assertThat(ours.propertyNames()).containsExactlyInAnyOrderElementsOf(sample.propertyNames());
        assertThat(ours.get("occurredAt").asString()).isEqualTo(sample.get("occurredAt").asString());
        assertThat(ours.get("reason").asString()).isEqualTo(sample.get("reason").asString());
        assertThat(stored.event()).isEqualTo(erased);
    }
}
