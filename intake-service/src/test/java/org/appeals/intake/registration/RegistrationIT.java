package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RegistrationIT extends EmbeddedIntakeTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aPostedAppealIsAcceptedAndPublishedOnceAsAppealReceivedKeyedByItsId() {
        String externalId = unique("chat-77");
        HttpResponse<String> response = client().post(
                AppealBodies.json(AppealBodies.complete("TELEGRAM", externalId)), "CHANNEL", "TELEGRAM");

        assertThat(response.statusCode()).isEqualTo(202);
        String appealId = Samples.read(response.body()).get("appealId").asString();
        assertThat(Samples.read(response.body()).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/appeals/" + appealId);
        JsonNode event = Samples.read(theOnlyEventOf(appealId));
        JsonNode sample = Samples.read(ContractSamples.APPEAL_RECEIVED.json());
        assertThat(event.propertyNames()).containsExactlyInAnyOrderElementsOf(sample.propertyNames());
        assertThat(event.get("author").propertyNames()).containsExactlyInAnyOrderElementsOf(sample.get("author").propertyNames());
        assertThat(event.get("location").propertyNames())
                .containsExactlyInAnyOrderElementsOf(sample.get("location").propertyNames());
        assertThat(event.get("appealId").asString()).isEqualTo(appealId);
        assertThat(event.get("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(event.get("externalId").asString()).isEqualTo(externalId);
        assertThat(event.get("text").asString()).contains("контейнеры не вывозят");
        assertThat(event.get("replyTo").get("chatId").asString()).isEqualTo("77");
        assertThat(event.get("receivedAt").asString()).isEqualTo("2026-11-20T08:15:29Z");
        assertThat(event.get("eventId").asString()).isNotBlank();
        String number = Samples.read(response.body()).get("registrationNumber").asString();
        assertThat(number).matches("34-\\d{4}-\\d{6}");
        assertThat(event.get("registrationNumber").asString()).isEqualTo(number);
        assertThat(Samples.read(client().get("/api/v1/appeals/" + appealId, "OPERATOR", null).body())
                .get("registrationNumber").asString()).isEqualTo(number);
    }

    @Test
    void theSameAppealPostedAgainAnswersTheSameIdAndRegistersNothingNew() {
        String body = AppealBodies.json(AppealBodies.complete("VK", unique("wall-201")));
        double received = counter("appeals.received", "VK");
        double duplicates = counter("appeals.duplicates", "VK");

        HttpResponse<String> first = client().post(body, "CHANNEL", "VK");
        HttpResponse<String> second = client().post(body, "CHANNEL", "VK");

        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(appealId(second)).isEqualTo(appealId(first));
        // a re-send is told the same number and draws none
        assertThat(Samples.read(second.body()).get("registrationNumber").asString())
                .isEqualTo(Samples.read(first.body()).get("registrationNumber").asString());
        theOnlyEventOf(appealId(first));
        assertThat(counter("appeals.received", "VK")).isEqualTo(received + 1);
        assertThat(counter("appeals.duplicates", "VK")).isEqualTo(duplicates + 1);
    }

    @Test
    void tenIdenticalPostsAtOnceMakeOneAppealAndOneEvent() {
        String body = AppealBodies.json(AppealBodies.complete("OK", unique("ok-3001")));
        double duplicates = counter("appeals.duplicates", "OK");

        List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 10)
                .mapToObj(i -> client().postAsync(body, "CHANNEL", "OK")).toList();
        List<HttpResponse<String>> responses = posts.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(responses.stream().map(RegistrationIT::appealId).distinct()).hasSize(1);
        theOnlyEventOf(appealId(responses.get(0)));
        assertThat(counter("appeals.duplicates", "OK")).isEqualTo(duplicates + 9);
    }

    @Test
    void anAdminMayPostForAnyChannel() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("WEB", unique("web"))), "ADMIN", null);

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void fieldsIntakeDoesNotKnowAreIgnored() {
        var body = AppealBodies.complete("VK", unique("wall-201")).put("widgetVersion", "2.1");

        var response = client().post(AppealBodies.json(body), "CHANNEL", "VK");

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void theCountersAreExposedToPrometheusByChannel() {
        client().post(AppealBodies.json(AppealBodies.complete("EMAIL", unique("<a1@mail>"))), "CHANNEL", "EMAIL");

        String scrape = client().get("/actuator/prometheus", null, null).body();

        assertThat(scrape).containsPattern("appeals_received_total\\{channel=\"EMAIL\"[^}]*} [1-9]")
                .contains("appeals_duplicates_total{channel=\"EMAIL\"");
    }

    private String theOnlyEventOf(String appealId) {
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            // the one record must arrive, and no second one may follow it
            await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(1))
                    .until(() -> topic.valuesFor(appealId).size() == 1);
            return topic.valuesFor(appealId).get(0);
        }
    }

    private double counter(String name, String channel) {
        return meters.counter(name, "channel", channel).count();
    }

    private static String appealId(HttpResponse<String> response) {
        return Samples.read(response.body()).get("appealId").asString();
    }
}
