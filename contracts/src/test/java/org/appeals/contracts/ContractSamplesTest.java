package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ContractSamplesTest {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void everyEventSampleReadsIntoItsRecordAndWritesBackTheSameFields() {
        assertRoundTrip(ContractSamples.APPEAL_RECEIVED, AppealReceived.class);
        assertRoundTrip(ContractSamples.APPEAL_ASSIGNED, AppealAssigned.class);
        assertRoundTrip(ContractSamples.APPEAL_ANSWERED, AppealAnswered.class);
        assertRoundTrip(ContractSamples.APPEAL_NOTIFIED, AppealNotified.class);
        assertRoundTrip(ContractSamples.OUTBOUND_REPLY, OutboundReply.class);
        assertRoundTrip(ContractSamples.APPEAL_STATE_CHANGED, AppealStateChanged.class);
        assertRoundTrip(ContractSamples.APPEAL_OVERDUE, AppealOverdue.class);
        assertRoundTrip(ContractSamples.RESIDENT_RESPONDED, ResidentResponded.class);
        assertRoundTrip(ContractSamples.PERSONAL_DATA_ERASED, PersonalDataErased.class);
    }

    @Test
    void receivedSampleCarriesTheReplyAddressAndAuthor() {
        AppealReceived received = json.readValue(ContractSamples.APPEAL_RECEIVED.json(), AppealReceived.class);

        assertThat(received.appealId()).isEqualTo(UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11"));
        assertThat(received.channel()).isEqualTo(Channel.VK);
        assertThat(received.replyTo()).containsEntry("postId", "1001");
        assertThat(received.author().name()).isEqualTo("Мария");
        assertThat(received.location().hasCoordinates()).isTrue();
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String newer = ContractSamples.APPEAL_ANSWERED.json().replaceFirst("\\{", "{\"addedLater\": 42,");

        AppealAnswered answered = json.readValue(newer, AppealAnswered.class);

        assertThat(answered.kind()).isEqualTo(AnswerKind.FINAL);
    }

    @Test
    void everyActOfAPersonOrTheSystemSaysWhoActed() {
        AppealStateChanged moved = json.readValue(ContractSamples.APPEAL_STATE_CHANGED.json(),
                AppealStateChanged.class);
        AppealAnswered answered = json.readValue(ContractSamples.APPEAL_ANSWERED.json(), AppealAnswered.class);
        AppealAssigned assigned = json.readValue(ContractSamples.APPEAL_ASSIGNED.json(), AppealAssigned.class);

        assertThat(moved.actor()).isEqualTo(new Actor("roads-mikhailovka", "DEPARTMENT"));
        assertThat(answered.actor()).isEqualTo(new Actor("roads-mikhailovka", "DEPARTMENT"));
        assertThat(assigned.actor()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void aRecordWrittenBeforeEventsCarriedAnActorReadsAsActorUnknown() {
        for (ContractSamples sample : new ContractSamples[] {ContractSamples.APPEAL_STATE_CHANGED,
                ContractSamples.APPEAL_ANSWERED, ContractSamples.APPEAL_ASSIGNED}) {
            var older = (tools.jackson.databind.node.ObjectNode) json.readTree(sample.json());
            older.remove("actor");

            Class<? extends AppealEvent> type = switch (sample) {
                case APPEAL_STATE_CHANGED -> AppealStateChanged.class;
                case APPEAL_ANSWERED -> AppealAnswered.class;
                default -> AppealAssigned.class;
            };
            AppealEvent event = json.treeToValue(older, type);

            assertThat(event.appealId()).as(sample.name()).isNotNull();
            assertThat(event).extracting("actor").as(sample.name()).isNull();
        }
    }

    @Test
    void toStringNeverShowsTheResidentsNameContactOrText() {
        AppealReceived received = json.readValue(ContractSamples.APPEAL_RECEIVED.json(), AppealReceived.class);

        assertThat(received.toString()).doesNotContain("Мария", "яма", "ownerId");
        assertThat(received.author().toString()).doesNotContain("Мария").contains("М***(5)");
    }

    @Test
    void residentResponseNeverShowsTheResidentsWords() {
        ResidentResponded responded = json.readValue(ContractSamples.RESIDENT_RESPONDED.json(), ResidentResponded.class);

        assertThat(responded.solved()).isFalse();
        assertThat(responded.toString()).doesNotContain("Яму", "щебнем").contains("FEEDBACK");
    }

    @Test
    void erasureSaysWhichAppealAndWhyAndNothingAboutTheResident() {
        PersonalDataErased erased = json.readValue(ContractSamples.PERSONAL_DATA_ERASED.json(),
                PersonalDataErased.class);

        assertThat(erased.appealId()).isEqualTo(UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11"));
        assertThat(erased.reason()).isEqualTo(ErasureReason.RETENTION);
        assertThat(json.readTree(ContractSamples.PERSONAL_DATA_ERASED.json()).propertyNames())
                .containsExactlyInAnyOrder("schemaVersion", "eventId", "appealId", "occurredAt", "reason");
    }

    private <T> void assertRoundTrip(ContractSamples sample, Class<T> type) {
        var expected = json.readTree(sample.json());
        T event = json.readValue(sample.json(), type);
        var written = json.readTree(json.writeValueAsString(event));
        assertThat(written).as(sample.name()).isEqualTo(expected);
    }
}
