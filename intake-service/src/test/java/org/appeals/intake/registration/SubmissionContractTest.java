package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Intake reads {@code appeals.submitted} into its own request body: it must read the adapters' contract exactly. */
class SubmissionContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAdaptersSampleReadsIntoTheRequestBodyAndPassesTheChecksAsTheVerySubmission() throws IOException {
        String sample = sample();

        AppealSubmission appeal = AppealRequestValidator.validate(JSON.readValue(sample, AppealRequest.class),
                Instant.parse("2026-12-01T00:00:00Z"));
        AppealSubmission submission = JSON.readValue(sample, AppealSubmission.class);

        assertThat(appeal).isEqualTo(submission);
        assertThat(appeal.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(appeal.replyTo()).containsEntry("chatId", "77");
    }

    @Test
    void aCheckedSubmissionIsRegisteredWithEveryFieldAsItCame() throws IOException {
        AppealSubmission submission = JSON.readValue(sample(), AppealSubmission.class);
        UUID appealId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        AppealReceived received = AppealRegistration.received(submission, appealId, eventId, now);

        assertThat(received).isEqualTo(new AppealReceived(AppealReceived.SCHEMA_VERSION, eventId, appealId, now,
                submission.channel(), submission.externalId(), submission.text(), submission.author(),
                submission.replyTo(), submission.location(), submission.attachments(), submission.receivedAt()));
        assertThat(names(AppealReceived.class)).containsSequence(names(AppealSubmission.class).stream()
                .filter(name -> !name.equals("inReplyTo") && !name.equals("feedback") && !name.equals("categoryHint"))
                .toList());
        // the resident's hint comes after what intake adds (number, access code)
        assertThat(names(AppealReceived.class)).endsWith("categoryHint");
    }

    @Test
    void theResidentsCategoryHintIsRegisteredAsItCame() throws IOException {
        AppealSubmission plain = JSON.readValue(sample(), AppealSubmission.class);
        AppealSubmission hinted = new AppealSubmission(plain.channel(), plain.externalId(), plain.text(),
                plain.author(), plain.replyTo(), plain.location(), plain.attachments(), plain.receivedAt(), null, null,
                "WASTE");

        assertThat(AppealRegistration.received(hinted, UUID.randomUUID(), UUID.randomUUID(), Instant.now())
                .categoryHint()).isEqualTo("WASTE");
    }

    @Test
    void aSubmissionThatDoesNotSayWhenItWasReceivedIsReceivedNow() throws IOException {
        AppealSubmission submission = JSON.readValue(sample(), AppealSubmission.class);
        AppealSubmission undated = new AppealSubmission(submission.channel(), submission.externalId(),
                submission.text(), submission.author(), submission.replyTo(), submission.location(),
                submission.attachments(), null, null, null);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(AppealRegistration.received(undated, UUID.randomUUID(), UUID.randomUUID(), now).receivedAt())
                .isEqualTo(now);
    }

    @Test
    void everyFieldOfTheSubmissionIsAFieldOfTheRequestBody() {
        assertThat(names(AppealRequest.class)).containsExactlyElementsOf(names(AppealSubmission.class));
        assertThat(names(AppealRequest.FeedbackBody.class)).containsExactlyElementsOf(names(AppealSubmission.Feedback.class));
    }

    @Test
    void aSubmissionInTheLogsShowsNoPersonalData() throws IOException {
        AppealRequest body = JSON.readValue(sample(), AppealRequest.class);

        assertThat(body.toString()).contains("chat-77:5001").doesNotContain("Пётр", "контейнеры", "chatId", "Камышин");
        assertThat(body.author().toString()).doesNotContain("tg-501");
    }

    private static List<String> names(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(component -> component.getName()).toList();
    }

    private static String sample() throws IOException {
        try (InputStream in = AppealSubmission.class.getResourceAsStream("/contract-samples/appeal-submission.json")) {
            assertThat(in).as("the contracts jar has the submission sample").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
