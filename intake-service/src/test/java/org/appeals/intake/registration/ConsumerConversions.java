package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to an accepted appeal after intake answered 202, written out conversion by conversion as the services
 * do it: intake's store (the event as a document, {@code MongoEventDocuments}), its outbox (the event as JSON in the
 * appeal's document, read back to be published) and the Kafka serializer; on the other side the consumers'
 * deserializer, routing's appeal document ({@code AppealDocuments}: a BSON date of {@code receivedAt} truncated to
 * milliseconds) and department's ({@code PartDocuments}, {@code IncidentDocuments}, the incident window and the
 * working-time arithmetic in Volgograd time). Each must take the event without throwing, and the three round trips
 * must give back exactly the event sent.
 */
final class ConsumerConversions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    private static final DocumentCodec CODEC = new DocumentCodec();
    private static final Duration INCIDENT_WINDOW = Duration.ofHours(72);
    private static final ZoneId VOLGOGRAD = ZoneId.of("Europe/Volgograd");

    private final JacksonJsonSerializer<AppealReceived> serializer = new JacksonJsonSerializer<>();
    private final JacksonJsonDeserializer<AppealReceived> deserializer =
            new JacksonJsonDeserializer<>(AppealReceived.class);

    void apply(AppealReceived event) {
        intakeStores(event);
        AppealReceived consumed = overKafka(outboxed(event));
        routingStores(consumed);
        departmentStores(consumed);
    }

    private static void intakeStores(AppealReceived event) {
        Document stored = new Document("_id", event.appealId().toString())
                .append("registeredAt", Date.from(event.occurredAt()))
                .append("received", new Document(JSON.convertValue(event, FIELDS)));
        Document read = roundTrip(stored);
        assertThat(JSON.convertValue(read.get("received", Document.class), AppealReceived.class)).isEqualTo(event);
    }

    /** The event as the outbox keeps it in the appeal's document and reads it back to publish it. */
    private static AppealReceived outboxed(AppealReceived event) {
        Document holder = roundTrip(new Document(OutboxDocuments.FIELD,
                OutboxDocuments.entries(List.of(OutboxEvent.of(Topics.APPEALS_RECEIVED, event)))));
        AppealEvent published = OutboxDocuments.events(holder).get(0).event();
        assertThat(published).isEqualTo(event);
        return (AppealReceived) published;
    }

    private AppealReceived overKafka(AppealReceived event) {
        byte[] wire = serializer.serialize("appeals.received", event);
        AppealReceived consumed = deserializer.deserialize("appeals.received", wire);
        assertThat(consumed).isEqualTo(event);
        return consumed;
    }

    private static void routingStores(AppealReceived event) {
        roundTrip(new Document("_id", event.appealId().toString()).append("channel", event.channel().name())
                .append("receivedAt", Date.from(event.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .append("text", event.text()));
    }

    private static void departmentStores(AppealReceived event) {
        var location = event.location();
        Instant receivedAt = event.receivedAt();
        roundTrip(new Document("text", event.text()).append("attachments", event.attachments())
                .append("location", location == null ? null : new Document("address", location.address())
                        .append("lat", location.lat()).append("lon", location.lon()))
                .append("receivedAt", Date.from(receivedAt))
                .append("since", Date.from(receivedAt.minus(INCIDENT_WINDOW)))
                .append("until", Date.from(receivedAt.plus(INCIDENT_WINDOW)))
                .append("thirtyDaysOn", Date.from(receivedAt.atZone(VOLGOGRAD).toLocalDate().plusDays(30)
                        .atStartOfDay(VOLGOGRAD).toInstant())));
    }

    private static Document roundTrip(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        CODEC.encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return CODEC.decode(new BsonBinaryReader(ByteBuffer.wrap(buffer.toByteArray())),
                DecoderContext.builder().build());
    }
}
