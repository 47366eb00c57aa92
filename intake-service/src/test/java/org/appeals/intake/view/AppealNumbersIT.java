package org.appeals.intake.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A registration number is accepted wherever an appeal id is, and the gateway can look one up. */
class AppealNumbersIT extends EmbeddedIntakeTest {

    private String appealId;
    private String number;

    @BeforeEach
    void registerAnOkAppeal() {
        JsonNode registered = Samples.read(client().post(
                AppealBodies.json(AppealBodies.complete("OK", unique("ok-701"))), "CHANNEL", "OK").body());
        appealId = registered.get("appealId").asString();
        number = registered.get("registrationNumber").asString();
    }

    @Test
    void theNumberOpensTheAppealAsItsIdDoesForStaffAndTheOwningChannelOnly() {
        var staff = client().appeal(number, "OPERATOR", null);
        var owner = client().appeal(number, "CHANNEL", "OK");
        var other = client().appeal(number, "CHANNEL", "VK");

        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(Samples.read(staff.body()).get("appealId").asString()).isEqualTo(appealId);
        assertThat(Samples.read(staff.body()).get("registrationNumber").asString()).isEqualTo(number);
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(client().appeal("34-2099-999999", "OPERATOR", null).statusCode()).isEqualTo(404);
        // the staff read by number is recorded against the appeal, and an admin finds it by number too
        JsonNode reads = Samples.read(client().get("/api/v1/audit/personal-data-reads?appealId=" + number,
                "ADMIN", null).body());
        assertThat(reads.findValuesAsString("appealId")).isNotEmpty().containsOnly(appealId);
    }

    @Test
    void feedbackIsTakenByNumber() {
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(Topics.APPEALS_ANSWERED, appealId,
                    Samples.forAppeal(ContractSamples.APPEAL_ANSWERED, UUID.fromString(appealId)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> Samples.read(client().appeal(appealId, "OPERATOR", null)
                .body()).get("status").asString().equals("ANSWERED"));

        var response = client().feedback(number, AppealBodies.json(AppealBodies.feedback(4, true)), "CHANNEL", "OK");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(Samples.read(response.body()).get("appealId").asString()).isEqualTo(appealId);
    }

    @Test
    void theGatewayLooksANumberUpAsAnyIdentifiedCallerButNotAnonymously() {
        var found = client().get("/api/v1/appeal-numbers/" + number, "DEPARTMENT", "mikhailovka-roads");
        var unknown = client().get("/api/v1/appeal-numbers/34-2099-999999", "ADMIN", null);
        var malformed = client().get("/api/v1/appeal-numbers/" + appealId, "ADMIN", null);
        var anonymous = client().get("/api/v1/appeal-numbers/" + number, null, null);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(Samples.read(found.body()).get("appealId").asString()).isEqualTo(appealId);
        assertThat(Samples.read(found.body()).get("registrationNumber").asString()).isEqualTo(number);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
