package org.appeals.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.OutboundReply;
import org.appeals.contracts.PersonalDataErased;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.render.RenderProperties;
import org.appeals.notification.render.ReplyRenderer;
import org.appeals.notification.render.TemplatesProperties;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The consumers read the contract samples as bound, and the reply they build has the sample's shape. */
class ContractSamplesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theReceivedConsumerReadsTheSampleAndIgnoresUnknownFields() {
        String sample = ContractSamples.APPEAL_RECEIVED.json().replaceFirst("\\{", "{\"addedLater\": 1,");

        AppealReceived received = bound(AppealReceived.class, sample);

        assertThat(received.channel()).isEqualTo(Channel.VK);
        assertThat(received.replyTo()).containsEntry("postId", "1001");
        assertThat(received.author().name()).isEqualTo("Мария");
    }

    @Test
    void theAnsweredConsumerReadsTheSample() {
        AppealAnswered answered = bound(AppealAnswered.class, ContractSamples.APPEAL_ANSWERED.json());

        assertThat(answered.kind()).isEqualTo(AnswerKind.FINAL);
        assertThat(answered.text()).startsWith("Яма на ул. Мира заделана");
    }

    @Test
    void theComposedReplyHasTheFieldsOfTheOutboundSampleAndItsAddress() {
        AppealReceived received = bound(AppealReceived.class, ContractSamples.APPEAL_RECEIVED.json());
        AppealAnswered answered = bound(AppealAnswered.class, ContractSamples.APPEAL_ANSWERED.json());
        var address = new ReplyAddress(received.appealId(), received.channel(), received.replyTo(),
                received.author().name(), received.externalId());
        var composer = new ReplyComposer(new ReplyRenderer(new TemplatesProperties(null, null, null, null, null,
                Map.of(AnswerKind.FINAL, "{greeting} {text}"), null), new RenderProperties(null, null, null)));

        OutboundReply reply = composer.compose(Delivery.of(answered, 0L, Channel.VK, Instant.now()), address).reply();

        JsonNode sample = json.readTree(ContractSamples.OUTBOUND_REPLY.json());
        JsonNode ours = json.readTree(json.writeValueAsString(reply));
        assertThat(ours.propertyNames()).containsExactlyInAnyOrderElementsOf(sample.propertyNames());
        assertThat(ours.get("replyTo")).isEqualTo(sample.get("replyTo"));
        assertThat(ours.get("departmentName")).isEqualTo(sample.get("departmentName"));
        assertThat(reply.text()).isEqualTo("Здравствуйте, Мария! " + answered.text());
    }

    @Test
    void theAssignedConsumerReadsTheSample() {
        AppealAssigned assigned = bound(AppealAssigned.class, ContractSamples.APPEAL_ASSIGNED.json());

        assertThat(assigned.outcome()).isNotNull();
        assertThat(assigned.appealId()).isNotNull();
        assertThat(assigned.eventId()).isNotNull();
    }

    @Test
    void theErasureConsumerReadsTheSample() {
        PersonalDataErased erased = bound(PersonalDataErased.class, ContractSamples.PERSONAL_DATA_ERASED.json());

        assertThat(erased.appealId()).hasToString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");
        assertThat(erased.reason()).isEqualTo(ErasureReason.RETENTION);
        assertThat(erased.occurredAt()).isNotNull();
    }

    private static <T> T bound(Class<T> type, String sample) {
        try (var deserializer = new JacksonJsonDeserializer<T>()) {
            deserializer.configure(Map.of(JacksonJsonDeserializer.VALUE_DEFAULT_TYPE, type.getName(),
                    JacksonJsonDeserializer.USE_TYPE_INFO_HEADERS, false), false);
            return deserializer.deserialize("topic", sample.getBytes(StandardCharsets.UTF_8));
        }
    }
}
