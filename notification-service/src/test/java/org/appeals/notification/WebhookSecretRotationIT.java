package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Admins rotate a channel's webhook secret; during the grace period every call carries the new and the old signature,
 * after it only the new one. POS is rotated for the signatures and EMAIL for the API, channels no other IT checks
 * the signatures of.
 */
class WebhookSecretRotationIT extends NotificationITBase {

    static final String ADMIN = TestIdentity.admin("platform-admin");

    @AfterEach
    void resetClock() {
        movableClock.reset();
    }

    @Test
    void theRotatedSecretSignsBesideTheOldOneDuringTheGraceAndAloneAfterIt() throws Exception {
        var rotated = callAs(ADMIN, "POST", "/api/v1/webhook-secrets/pos/rotate", "{\"graceHours\": 24}");
        assertThat(rotated.statusCode()).isEqualTo(201);
        assertThat(rotated.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode body = JSON.readTree(rotated.body());
        String secret = body.get("secret").asString();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Duration.between(Instant.parse(body.get("createdAt").asString()),
                Instant.parse(body.get("previousValidUntil").asString()))).isEqualTo(Duration.ofHours(24));

        WebhookReceiver.Call during = deliveredCall();
        assertThat(during.signature()).isEqualTo(expectedSignature(secret, during.timestamp(), during.body()) + ", "
                + expectedSignature(secretOf(Channel.POS), during.timestamp(), during.body()));

        movableClock.advance(Duration.ofHours(25));
        WebhookReceiver.Call after = deliveredCall();
        assertThat(after.signature()).isEqualTo(expectedSignature(secret, after.timestamp(), after.body()));
    }

    @Test
    void onlyAdminsRotateAndListAndTheListShowsWhoRotatedButNeverASecret() throws Exception {
        for (String identity : new String[] {TestIdentity.operator("cur-operator"),
                TestIdentity.channel("email-adapter", "EMAIL")}) {
            var refused = callAs(identity, "POST", "/api/v1/webhook-secrets/email/rotate", null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(callAs(identity, "GET", "/api/v1/webhook-secrets", null).statusCode()).isEqualTo(403);
        }
        assertThat(callAs(ADMIN, "POST", "/api/v1/webhook-secrets/fax/rotate", null).statusCode()).isEqualTo(404);
        // OK's adapter reads outbound.OK only in these tests: no webhook, no secret
        assertThat(callAs(ADMIN, "POST", "/api/v1/webhook-secrets/ok/rotate", null).statusCode()).isEqualTo(404);
        assertThat(callAs(ADMIN, "POST", "/api/v1/webhook-secrets/email/rotate", "{\"graceHours\": 169}")
                .statusCode()).isEqualTo(400);

        var rotated = callAs(ADMIN, "POST", "/api/v1/webhook-secrets/EMAIL/rotate", null);
        assertThat(rotated.statusCode()).isEqualTo(201);
        String secret = JSON.readTree(rotated.body()).get("secret").asString();

        var list = callAs(ADMIN, "GET", "/api/v1/webhook-secrets", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret, secretOf(Channel.EMAIL), secretOf(Channel.VK));
        JsonNode secrets = JSON.readTree(list.body()).get("secrets");
        assertThat(secrets.findValuesAsString("channel")).contains("VK", "TELEGRAM", "POS", "EMAIL", "WEB")
                .doesNotContain("OK");
        JsonNode email = entry(secrets, "EMAIL");
        assertThat(email.get("source").asString()).isEqualTo("ROTATED");
        assertThat(email.at("/rotatedBy/id").asString()).isEqualTo("platform-admin");
        assertThat(email.at("/rotatedBy/role").asString()).isEqualTo("ADMIN");
        assertThat(Duration.between(Instant.parse(email.get("createdAt").asString()),
                Instant.parse(email.get("previousValidUntil").asString()))).isEqualTo(Duration.ofHours(24));
        assertThat(entry(secrets, "VK").get("source").asString()).isEqualTo("ENVIRONMENT");
        assertThat(entry(secrets, "VK").get("rotatedBy").isNull()).isTrue();
    }

    /** A POS answer, delivered: the webhook call that brought it. */
    private WebhookReceiver.Call deliveredCall() throws Exception {
        AppealReceived appeal = received(Channel.POS, "Ольга", Map.of("ticketId", "pos-1"));
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));
        eventually().until(() -> deliveriesOf(appeal.appealId()).path(0).path("state").asString("").equals("DELIVERED"));
        return receiver.callsFor(appeal.appealId().toString()).get(0);
    }

    private static JsonNode entry(JsonNode secrets, String channel) {
        for (JsonNode secret : secrets) {
            if (secret.get("channel").asString().equals(channel)) {
                return secret;
            }
        }
        throw new AssertionError("no entry for " + channel);
    }
}
