package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesOutboundAndDeadLetterTopicsAfterTheirSource() {
        assertThat(Topics.outbound(Channel.TELEGRAM)).isEqualTo("outbound.TELEGRAM");
        assertThat(Topics.deadLetter(Topics.APPEALS_RECEIVED)).isEqualTo("appeals.received.dlt");
    }

    @Test
    void erasuresAreAppealEventsSoTheirTopicAndDeadLetterTopicAreDeclaredWithTheOthers() {
        assertThat(Topics.APPEAL_EVENTS).contains(Topics.APPEALS_PERSONAL_DATA_ERASED);
        assertThat(Topics.APPEALS_PERSONAL_DATA_ERASED).isEqualTo("appeals.personal-data-erased");
    }

    @Test
    void taxonomyHasAllThirtyEightMunicipalitiesAndFourteenCategories() {
        assertThat(Municipality.values()).hasSize(39); // 38 and UNKNOWN
        assertThat(Category.values()).hasSize(14);
        assertThat(Category.WASTE.competence()).isEqualTo(Competence.REGIONAL);
    }
}
