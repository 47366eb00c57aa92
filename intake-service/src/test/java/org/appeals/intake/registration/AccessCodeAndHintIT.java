package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a registration adds for the resident's side: the access code, and the category the resident chose. */
class AccessCodeAndHintIT extends EmbeddedIntakeTest {

    @Test
    void anAppealsAccessCodeIsAnsweredSentWithTheEventAndTheSameOnAReSend() {
        String body = AppealBodies.json(AppealBodies.complete("VK", unique("wall-501")));

        JsonNode first = Samples.read(client().post(body, "CHANNEL", "VK").body());
        JsonNode again = Samples.read(client().post(body, "CHANNEL", "VK").body());
        JsonNode other = Samples.read(client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-502"))),
                "CHANNEL", "VK").body());

        String code = first.get("accessCode").asString();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(again.get("appealId")).isEqualTo(first.get("appealId"));
        assertThat(again.get("registrationNumber")).isEqualTo(first.get("registrationNumber"));
        assertThat(again.get("accessCode").asString()).isEqualTo(code);
        assertThat(other.get("accessCode").asString()).isNotEqualTo(code);
        assertThat(theEventOf(first.get("appealId").asString()).get("accessCode").asString()).isEqualTo(code);
    }

    @Test
    void theResidentsCategoryHintReachesAppealReceived() {
        HttpResponse<String> response = client().post(AppealBodies.json(
                AppealBodies.complete("TELEGRAM", unique("chat-501")).put("categoryHint", "HOUSING")), "CHANNEL",
                "TELEGRAM");
        HttpResponse<String> plain = client().post(AppealBodies.json(AppealBodies.complete("TELEGRAM",
                unique("chat-502"))), "CHANNEL", "TELEGRAM");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(theEventOf(Samples.read(response.body()).get("appealId").asString()).get("categoryHint").asString())
                .isEqualTo("HOUSING");
        assertThat(theEventOf(Samples.read(plain.body()).get("appealId").asString()).get("categoryHint").isNull())
                .isTrue();
    }

    @Test
    void aHintThatIsNoCategoryOfTheTaxonomyIsABadRequestNamingTheField() {
        ObjectNode body = AppealBodies.complete("TELEGRAM", unique("chat-503")).put("categoryHint", "Дороги");

        HttpResponse<String> response = client().post(AppealBodies.json(body), "CHANNEL", "TELEGRAM");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Samples.read(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("categoryHint");
        assertThat(problem.get("detail").asString()).contains("categoryHint", "ROADS");
    }

    private JsonNode theEventOf(String appealId) {
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(appealId).size() == 1);
            return Samples.read(topic.valuesFor(appealId).get(0));
        }
    }
}
