package org.appeals.intake.privacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The retention job: only appeals closed longer ago than five years lose their personal data, once. */
class PersonalDataRetentionIT extends PrivacyIntakeTest {

    private static final String REGION = TestIdentity.operator("cur-operator");
    private static final Instant LONG_AGO = Instant.parse("2015-03-02T09:00:00Z");

    @Autowired
    private RetentionJob retention;

    @Test
    void erasesOnlyAppealsClosedLongerAgoThanTheRetentionOnceAndLeavesTheStatisticsAsTheyWere() {
        UUID old = fixtures.register(unique("vk"), "+7 900 111-22-33", LONG_AGO);
        fixtures.answerAndClose(old, LONG_AGO.plus(Duration.ofDays(20)));
        UUID closedLately = fixtures.register(unique("vk"), "+7 900 111-22-44", LONG_AGO);
        fixtures.answerAndClose(closedLately, Instant.now().minus(Duration.ofDays(400)));
        UUID stillOpen = fixtures.register(unique("vk"), "+7 900 111-22-55", LONG_AGO);
        fixtures.assign(stillOpen, LONG_AGO.plus(Duration.ofDays(1)));
        Map<String, Long> summaryBefore = summary();
        long closedBefore = total("status=CLOSED");
        long roadsBefore = total("category=ROADS&municipality=MIKHAILOVKA");

        try (var erased = new TopicReader(brokers, Topics.APPEALS_PERSONAL_DATA_ERASED)) {
            retention.run(Instant.now()); // the scheduled run may have erased it first: the event says it went once
            int second = retention.run(Instant.now());

            assertThat(second).isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> erased.valuesFor(old.toString()).size() == 1);
            JsonNode event = Samples.read(erased.valuesFor(old.toString()).get(0));
            assertThat(event.get("reason").asString()).isEqualTo("RETENTION");
            assertThat(event.get("appealId").asString()).isEqualTo(old.toString());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> erased.valuesFor(old.toString()).size() == 1);
            assertThat(erased.valuesFor(closedLately.toString())).isEmpty();
            assertThat(erased.valuesFor(stillOpen.toString())).isEmpty();
        }

        JsonNode anonymised = fixtures.view(old);
        assertThat(anonymised.has("author")).isFalse();
        assertThat(anonymised.get("status").asString()).isEqualTo("CLOSED");
        assertThat(anonymised.get("category").get("code").asString()).isEqualTo("ROADS");
        assertThat(anonymised.get("municipality").get("code").asString()).isEqualTo("MIKHAILOVKA");
        assertThat(anonymised.get("department").get("id").asString()).isEqualTo("mikhailovka-roads");
        assertThat(anonymised.get("receivedAt").asString()).isEqualTo(LONG_AGO.toString());
        assertThat(anonymised.get("text").asString()).contains("Во дворе дома 5 яма").doesNotContain("Пётр", "900");
        assertThat(anonymised.toString()).doesNotContain("Пётр", "Иванов", "111-22-33");
        assertThat(stored(old)).doesNotContain("Пётр", "Иванов", "111-22-33", "chatId")
                .contains("personalDataErased", "RETENTION");
        for (UUID kept : List.of(closedLately, stillOpen)) {
            assertThat(fixtures.view(kept).get("author").get("name").asString()).isEqualTo(PrivacyFixtures.NAME);
            assertThat(stored(kept)).doesNotContain("personalDataErased");
        }
        assertThat(summary()).isEqualTo(summaryBefore);
        assertThat(total("status=CLOSED")).isEqualTo(closedBefore);
        assertThat(total("category=ROADS&municipality=MIKHAILOVKA")).isEqualTo(roadsBefore);
        assertThat(ids("q=" + URLEncoder.encode("Иванов", StandardCharsets.UTF_8) + "&size=100"))
                .as("the name no longer finds the erased appeal").contains(closedLately).doesNotContain(old);
    }

    /** The appeal's documents as stored: the appeal (with its listing) and its answers in the timeline. */
    private String stored(UUID appealId) {
        Document appeal = database.getCollection("appeals").find(eq("_id", appealId.toString())).first();
        List<Document> events = database.getCollection("timeline").find(eq("appealId", appealId.toString()))
                .into(new ArrayList<>());
        return appeal.toJson() + events;
    }

    private Map<String, Long> summary() {
        var response = client().getAs("/api/v1/appeals/summary", REGION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        Samples.read(response.body()).properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    private List<UUID> ids(String query) {
        var response = client().getAs("/api/v1/appeals?" + query, REGION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        Samples.read(response.body()).get("items")
                .forEach(item -> ids.add(UUID.fromString(item.get("appealId").asString())));
        return ids;
    }

    private long total(String query) {
        var response = client().getAs("/api/v1/appeals?" + query, REGION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Samples.read(response.body()).get("total").asLong();
    }
}
