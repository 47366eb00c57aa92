package org.appeals.launcher.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    /** HMAC-SHA256("demo-webhook-secret", "1700000000.{\"a\":1}"), computed independently with Python's hmac. */
    private static final String KNOWN = "sha256=d20348484faaec67c6d1ce7b3de0814d175011ce3d326fd5959d4b19fa5e1529";

    private final SignatureCheck check = new SignatureCheck("demo-webhook-secret",
            Clock.fixed(Instant.ofEpochSecond(1_700_000_100), ZoneOffset.UTC));

    @Test
    void acceptsTheSignatureOverTimestampDotBody() {
        assertThat(check.problem("1700000000", KNOWN, BODY)).isEmpty();
    }

    @Test
    void rejectsASignatureOfAnotherBodyOrSecret() {
        assertThat(check.problem("1700000000", KNOWN, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not match"));
        SignatureCheck otherSecret = new SignatureCheck("other", Clock.fixed(Instant.ofEpochSecond(1_700_000_000),
                ZoneOffset.UTC));
        assertThat(otherSecret.problem("1700000000", KNOWN, BODY)).isPresent();
    }

    @Test
    void rejectsATimestampMoreThanFiveMinutesOffEvenIfSigned() {
        SignatureCheck later = new SignatureCheck("demo-webhook-secret",
                Clock.fixed(Instant.ofEpochSecond(1_700_000_000 + 301), ZoneOffset.UTC));

        assertThat(later.problem("1700000000", KNOWN, BODY))
                .hasValueSatisfying(reason -> assertThat(reason).contains("minutes off"));
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        assertThat(check.problem(null, KNOWN, BODY)).isPresent();
        assertThat(check.problem("1700000000", null, BODY)).isPresent();
        assertThat(check.problem("yesterday", KNOWN, BODY))
                .hasValueSatisfying(reason -> assertThat(reason).contains("epoch seconds"));
        assertThat(check.problem("1700000000", KNOWN.replace("sha256=", ""), BODY)).isPresent();
    }
}
