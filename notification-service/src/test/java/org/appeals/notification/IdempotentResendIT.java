package org.appeals.notification;

import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An operator's re-send of a parked delivery, retried with its {@code Idempotency-Key}, sends the reply once. */
class IdempotentResendIT extends NotificationITBase {

    static final String WEB_HOOK = "/hooks/WEB";

    @Autowired
    MongoDatabase database;

    @Test
    void aResendRetriedWithItsKeyResendsOnceEvenIfTheFirstResponseWasNeverStored() throws Exception {
        AppealReceived appeal = received(Channel.WEB, "Инна", Map.of("formId", "f-idem"));
        String deliveryId = parkedDelivery(appeal);

        HttpResponse<String> first = resend(deliveryId, "resend-" + deliveryId);
        HttpResponse<String> retry = resend(deliveryId, "resend-" + deliveryId);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        eventually().until(() -> delivery(appeal).path("state").asString().equals("DELIVERED"));

        // and once more as if the service had died after the re-send was stored, before its response was: the key
        // claimed without a response, its lease run out, so the retry performs the re-send again
        long changed = database.getCollection("idempotency_keys").updateOne(regex("body", Pattern.quote(deliveryId)),
                combine(unset("status"), unset("body"), set("leaseUntil", Date.from(Instant.now().minusSeconds(1)))))
                .getModifiedCount();
        assertThat(changed).isEqualTo(1);
        HttpResponse<String> afterCrash = resend(deliveryId, "resend-" + deliveryId);

        assertThat(afterCrash.statusCode()).isEqualTo(202);
        JsonNode delivery = delivery(appeal);
        assertThat(delivery.get("resends").asInt()).isEqualTo(1);
        assertThat(delivery.get("resentBy")).hasSize(1);
        assertThat(delivery.get("state").asString()).isEqualTo("DELIVERED");
        assertThat(receiver.distinctAcceptedDeliveries(appeal.appealId().toString())).isEqualTo(1);
    }

    @Test
    void aResendWithADifferentKeyIsANewRequest() throws Exception {
        AppealReceived appeal = received(Channel.WEB, "Лев", Map.of("formId", "f-idem-2"));
        String deliveryId = parkedDelivery(appeal);

        assertThat(resend(deliveryId, "first-" + deliveryId).statusCode()).isEqualTo(202);
        eventually().until(() -> delivery(appeal).path("state").asString().equals("DELIVERED"));

        assertThat(resend(deliveryId, "second-" + deliveryId).statusCode()).isEqualTo(409);
    }

    /** The appeal's reply, parked after its attempts against a dead adapter, which is then back. */
    private String parkedDelivery(AppealReceived appeal) throws Exception {
        receiver.takeDown(WEB_HOOK);
        try {
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));
            eventually().until(() -> delivery(appeal).path("state").asString("").equals("PARKED"));
        } finally {
            receiver.revive(WEB_HOOK);
        }
        return delivery(appeal).get("deliveryId").asString();
    }

    private JsonNode delivery(AppealReceived appeal) throws Exception {
        return deliveriesOf(appeal.appealId()).path(0);
    }

    private HttpResponse<String> resend(String deliveryId, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/deliveries/" + deliveryId
                        + "/resend"))
                .header(ForwardedIdentity.HEADER, TestIdentity.operator("cur-operator"))
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
