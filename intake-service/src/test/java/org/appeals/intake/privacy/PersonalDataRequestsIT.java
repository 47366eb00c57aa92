package org.appeals.intake.privacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An admin exports or erases one resident's personal data on their request; both recorded in the audit. */
class PersonalDataRequestsIT extends PrivacyIntakeTest {

    private static final String ADMIN = TestIdentity.admin("platform-admin");
    private static final String EXPORT = "/api/v1/personal-data";
    private static final String ERASURES = "/api/v1/personal-data/erasures";
    private static final String READS = "/api/v1/audit/personal-data-reads";

    @Test
    void theExportHasEveryAppealOfTheResidentWhicheverWayTheirPhoneIsWrittenAndIsAudited() {
        String phone = "+7 (9" + digits(2) + ") " + digits(3) + "-" + digits(2) + "-" + digits(2);
        UUID first = fixtures.register(unique("vk"), phone, Instant.now().minusSeconds(60));
        UUID second = fixtures.register(unique("vk"), phone.replaceAll("\\D", "").replaceFirst("^7", "8"),
                Instant.now().minusSeconds(30));
        UUID someoneElse = fixtures.register(unique("vk"), "+7 900 000-00-01", Instant.now());

        HttpResponse<String> response = client().getAs(EXPORT + "?contact=" + encode(phone.replace(" ", "")), ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode appeals = Samples.read(response.body()).get("appeals");
        assertThat(ids(appeals)).containsExactlyInAnyOrder(first, second).doesNotContain(someoneElse);
        JsonNode exported = appeals.get(0);
        assertThat(exported.get("registrationNumber").asString()).matches("34-\\d{4}-\\d{6}");
        assertThat(exported.get("text").asString()).contains("Во дворе дома 5 яма");
        assertThat(exported.get("author").get("name").asString()).isEqualTo(PrivacyFixtures.NAME);
        assertThat(exported.get("replyTo").get("chatId").asString()).isEqualTo("77");
        assertThat(exported.has("receivedAt")).isTrue();
        JsonNode audited = Samples.read(client().getAs(READS + "?appealId=" + first, ADMIN).body());
        assertThat(audited.get(0).get("action").asString()).isEqualTo("EXPORT");
        assertThat(audited.get(0).get("actor").get("id").asString()).isEqualTo("platform-admin");
    }

    @Test
    void anErasureOnRequestAnonymisesEveryAppealOfTheResidentAnnouncesEachAndIsAudited() {
        String authorId = unique("vk");
        UUID open = fixtures.register(authorId, "petr-" + UUID.randomUUID() + "@example.org", Instant.now());
        UUID closed = fixtures.register(authorId, "+7 900 222-33-44", Instant.now().minusSeconds(3600));
        fixtures.answerAndClose(closed, Instant.now().minusSeconds(60));
        ObjectNode reply = AppealBodies.reply("VK", unique("vk-comment"), open.toString());
        reply.put("text", "Это снова Пётр Иванов, подъезд 2. Телефон для связи 8 900 222-33-44");
        assertThat(client().post(AppealBodies.json(reply), "CHANNEL", "VK").statusCode()).isEqualTo(202);

        try (var erased = new TopicReader(brokers, Topics.APPEALS_PERSONAL_DATA_ERASED)) {
            HttpResponse<String> response = client().post(ERASURES,
                    "{\"authorId\": \"" + authorId + "\", \"reason\": \"заявление от 01.12.2026\"}", "ADMIN", null);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(ids(Samples.read(response.body()).get("appeals"))).containsExactlyInAnyOrder(open, closed);
            for (UUID appealId : List.of(open, closed)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> erased.valuesFor(appealId.toString()).size() == 1);
                assertThat(Samples.read(erased.valuesFor(appealId.toString()).get(0)).get("reason").asString())
                        .isEqualTo("REQUEST");
                JsonNode view = fixtures.view(appealId);
                assertThat(view.has("author")).isFalse();
                assertThat(view.toString()).doesNotContain("Пётр", "Иванов", "@example.org", "222-33-44");
                JsonNode audited = Samples.read(client().getAs(READS + "?appealId=" + appealId, ADMIN).body());
                assertThat(audited.findValuesAsString("action")).contains("ERASURE");
            }
            assertThat(fixtures.view(closed).get("status").asString()).isEqualTo("CLOSED");
            List<Document> responses = database.getCollection("responses").find(eq("appealId", open.toString()))
                    .into(new ArrayList<>());
            assertThat(responses).hasSize(1);
            assertThat(responses.get(0).toJson()).contains("подъезд 2").doesNotContain("Пётр", "Иванов", "222-33-44");

            HttpResponse<String> again = client().post(ERASURES,
                    "{\"authorId\": \"" + authorId + "\", \"reason\": \"повторно\"}", "ADMIN", null);
            assertThat(Samples.read(again.body()).get("appeals").size()).as("nothing left to erase").isZero();
            assertThat(Samples.read(client().getAs(EXPORT + "?authorId=" + authorId, ADMIN).body())
                    .get("appeals").size()).isZero();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> erased.valuesFor(open.toString()).size() == 1);
        }
    }

    @Test
    void onlyAdminsMayExportOrEraseAndTheyMustSayWhoAndWhy() {
        String body = "{\"contact\": \"a@example.org\", \"reason\": \"заявление\"}";
        for (String identity : List.of(TestIdentity.operator("cur-operator"),
                TestIdentity.municipalOperator("mcu-mikhailovka", "MIKHAILOVKA"), TestIdentity.channel("vk", "VK"))) {
            assertThat(client().getAs(EXPORT + "?contact=a@example.org", identity).statusCode()).isEqualTo(403);
        }
        assertThat(client().post(ERASURES, body, "OPERATOR", null).statusCode()).isEqualTo(403);
        assertThat(client().post(ERASURES, body, "CHANNEL", "VK").statusCode()).isEqualTo(403);
        assertThat(client().getAs(EXPORT, ADMIN).statusCode()).isEqualTo(400);
        assertThat(client().getAs(EXPORT + "?contact=12345", ADMIN).statusCode()).isEqualTo(400);
        assertThat(client().getAs(EXPORT + "?contact=a@example.org&authorId=vk-1", ADMIN).statusCode()).isEqualTo(400);
        assertThat(client().post(ERASURES, "{\"contact\": \"a@example.org\"}", "ADMIN", null).statusCode())
                .isEqualTo(400);
    }

    private static List<UUID> ids(JsonNode appeals) {
        List<UUID> ids = new ArrayList<>();
        appeals.forEach(appeal -> ids.add(UUID.fromString(appeal.get("appealId").asString())));
        return ids;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
