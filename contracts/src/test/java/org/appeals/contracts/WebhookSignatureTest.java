package org.appeals.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String BODY = "{\"deliveryId\":\"f6a01823-5fbf-4f42-9b5e-0e7a6c9d8f06\",\"text\":\"Яма заделана\"}";

    @Test
    void signsTimestampDotBodyWithHmacSha256AsComputedByOpenssl() {
        // printf '%s' '1700000000.<BODY>' | openssl dgst -sha256 -hmac demo-webhook-secret
        String signature = WebhookSignature.sign("demo-webhook-secret", 1_700_000_000L,
                BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=40d1dbd0d55fb8835f02107a7ed95a13a8fc513ebfcf567532a1c683d9399666");
    }

    @Test
    void matchesAnAdapterVerifyingWithJavaxCryptoOverTheRawBytes() throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update("1712345678.".getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));

        assertThat(WebhookSignature.sign("s3cret", 1_712_345_678L, body)).isEqualTo(expected);
    }

    @Test
    void changesWhenTheTimestampTheBodyOrTheSecretChanges() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("s3cret", 1L, body);

        assertThat(WebhookSignature.sign("s3cret", 2L, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("other", 1L, body)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("s3cret", 1L, "{}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(signature);
    }

    @Test
    void listsOneSignaturePerValidSecretNewestFirstSeparatedByCommaAndSpace() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.header(java.util.List.of("new", "old"), 5L, body)).isEqualTo(
                WebhookSignature.sign("new", 5L, body) + ", " + WebhookSignature.sign("old", 5L, body));
        assertThat(WebhookSignature.header(java.util.List.of("only"), 5L, body))
                .isEqualTo(WebhookSignature.sign("only", 5L, body));
    }

    @Test
    void verifiesAnyListedSignatureOfTheSecretAndNothingElse() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String duringRotation = WebhookSignature.header(java.util.List.of("new", "old"), 5L, body);

        assertThat(WebhookSignature.verifies("new", 5L, body, duringRotation)).isTrue();
        assertThat(WebhookSignature.verifies("old", 5L, body, duringRotation)).isTrue();
        assertThat(WebhookSignature.verifies("other", 5L, body, duringRotation)).isFalse();
        assertThat(WebhookSignature.verifies("new", 6L, body, duringRotation)).as("another timestamp").isFalse();
        assertThat(WebhookSignature.verifies("new", 5L, "{}".getBytes(StandardCharsets.UTF_8), duringRotation))
                .isFalse();
        assertThat(WebhookSignature.verifies("new", 5L, body, WebhookSignature.sign("new", 5L, body)
                .replace("sha256=", ""))).as("without its prefix").isFalse();
        assertThat(WebhookSignature.verifies("new", 5L, body, null)).isFalse();
    }

    @Test
    void aCallIsAuthenticOnlyWithAFreshTimestampAndOneMatchingSignature() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.ofEpochSecond(1_700_000_300L);
        Duration maxAge = Duration.ofMinutes(5);
        String signed = WebhookSignature.header(java.util.List.of("new", "old"), 1_700_000_000L, body);

        assertThat(WebhookSignature.verifiesCall("old", " 1700000000 ", body, signed, now, maxAge)).isTrue();
        assertThat(WebhookSignature.verifiesCall("old", "1700000000", body, signed, now.plusSeconds(1), maxAge))
                .as("a second older than five minutes").isFalse();
        assertThat(WebhookSignature.verifiesCall("other", "1700000000", body, signed, now, maxAge)).isFalse();
        assertThat(WebhookSignature.verifiesCall("old", "1700000001", body, signed, now, maxAge))
                .as("the timestamp is signed too").isFalse();
        assertThat(WebhookSignature.verifiesCall("old", "yesterday", body, signed, now, maxAge)).isFalse();
        assertThat(WebhookSignature.verifiesCall("old", null, body, signed, now, maxAge)).isFalse();
        assertThat(WebhookSignature.verifiesCall("old", "1700000000", null, signed, now, maxAge)).isFalse();
        assertThat(WebhookSignature.verifiesCall("old", "1700000000", body, null, now, maxAge)).isFalse();
    }
}
