package org.appeals.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;
import org.appeals.contracts.RoutingMethod;
import org.appeals.routing.classify.Classifier;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.RoutingRules;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.Test;

/**
 * Intake refuses absurd dates and points, but an older or foreign producer of {@code appeals.received} may not: routing
 * must still classify, place and store any such appeal rather than dead-letter it. Random and extreme instants (null,
 * ±1e9 years, the epoch) and coordinates (NaN, ±Infinity, ±1e308, one of the pair missing) go through what
 * {@link AutoRouting} does with them, down to the BSON bytes of the appeal's document and back.
 */
class ReceivedAppealConversionsTest {

    private static final long SEED = 82_026L;
    private static final int CASES = 3_000;
    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");
    private static final Instant[] INSTANTS = {null, Instant.MIN, Instant.MAX, Instant.EPOCH,
        Instant.parse("1999-12-31T23:59:59.999Z"), Instant.parse("2026-11-20T08:15:29.123456789Z"),
        NOW.plus(ReceivedTime.CLOCK_SKEW), NOW.plus(ReceivedTime.CLOCK_SKEW).plusNanos(1)};
    private static final Double[] COORDINATES = {null, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        1e308, -1e308, 90.0, -180.0, 48.7, 44.5, 50.08, 45.40};

    private final Random random = new Random(SEED);
    private final Classifier classifier = Classifier.standard();
    private final RoutingRules rules = new RoutingRules(Directory.standard(), 0.35);
    private final DocumentCodec codec = new DocumentCodec();

    @Test
    void anyReceivedTimeOrPointIsRoutedAndStoredWithAPlausibleTime() {
        for (int i = 0; i < CASES; i++) {
            AppealReceived event = event();
            RoutedAppeal routed = route(event);

            RoutedAppeal stored = MongoAppealDocuments.fromDocument(roundTrip(MongoAppealDocuments.toDocument(routed)));

            assertThat(stored.receivedAt()).as("case %d", i).isEqualTo(routed.receivedAt())
                    .isBetween(ReceivedTime.EARLIEST, NOW.plus(ReceivedTime.CLOCK_SKEW));
        }
        System.out.printf("routing conversion fuzz: %d appeals (seed %d) routed and stored%n", CASES, SEED);
    }

    @Test
    void aPlausibleReceivedAtIsKeptAndAnAbsurdOneGivesWayToTheRegistrationTime() {
        Instant registered = NOW.minusSeconds(5);

        assertThat(ReceivedTime.of(received(Instant.parse("2026-11-20T08:15:29.123456Z"), registered), NOW))
                .isEqualTo(Instant.parse("2026-11-20T08:15:29.123Z"));
        assertThat(ReceivedTime.of(received(Instant.parse("+1000000000-12-31T23:59:59Z"), registered), NOW))
                .isEqualTo(registered);
        assertThat(ReceivedTime.of(received(Instant.EPOCH, Instant.MIN), NOW)).isEqualTo(NOW);
        assertThat(ReceivedTime.of(received(null, null), NOW)).isEqualTo(NOW);
    }

    private RoutedAppeal route(AppealReceived event) {
        var placement = rules.place(classifier.classify(event.text(), event.location()));
        Decision decision = Decision.of(placement, RoutingMethod.AUTO, NOW);
        return new RoutedAppeal(event.appealId(), event.eventId(), event.channel(), ReceivedTime.of(event, NOW),
                event.text(), decision);
    }

    private AppealReceived event() {
        Location location = random.nextInt(4) == 0 ? null
                : new Location("Камышин", COORDINATES[random.nextInt(COORDINATES.length)],
                        COORDINATES[random.nextInt(COORDINATES.length)]);
        String text = random.nextBoolean() ? "Яма на дороге у дома 5 в Камышине"
                : "Координаты " + random.nextDouble(-1e6, 1e6) + ", " + random.nextDouble(-1e6, 1e6) + " мусор";
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), instant(),
                Channel.VK, "ext-" + random.nextInt(), text, new Author("u1", null, null), Map.of("chatId", "1"),
                location, List.of(), instant());
    }

    private Instant instant() {
        return random.nextInt(3) == 0
                ? Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()))
                : INSTANTS[random.nextInt(INSTANTS.length)];
    }

    private static AppealReceived received(Instant receivedAt, Instant occurredAt) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), occurredAt,
                Channel.VK, "ext-1", "Яма", new Author("u1", null, null), Map.of("chatId", "1"), null, List.of(),
                receivedAt);
    }

    private Document roundTrip(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        codec.encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return codec.decode(new BsonBinaryReader(ByteBuffer.wrap(buffer.toByteArray())),
                DecoderContext.builder().build());
    }
}
