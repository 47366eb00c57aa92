package org.appeals.routing.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Routing reads appeals.answered as department-service writes it: the contract sample binds to routing's view. */
class AnsweredSampleTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theAnsweredSampleCarriesEverythingARedirectNeeds() {
        AppealAnswered sample = json.readValue(ContractSamples.APPEAL_ANSWERED.json(), AppealAnswered.class);

        assertThat(sample.eventId()).isNotNull();
        assertThat(sample.appealId()).isNotNull();
        assertThat(sample.departmentId()).isNotBlank();
        assertThat(sample.kind()).isNotNull();
    }
}
