package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Intake reads {@code appeals.submitted} into its own request body: it must read the adapters' contract exactly. */
class SubmissionContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAdaptersSampleReadsIntoTheRequestBodyAndPassesTheSameChecks() throws IOException {
        String sample = sample();

        NewAppeal appeal = AppealRequestValidator.validate(JSON.readValue(sample, AppealRequest.class),
                Instant.parse("2026-12-01T00:00:00Z"));
        AppealSubmission submission = JSON.readValue(sample, AppealSubmission.class);

        assertThat(appeal.channel()).isEqualTo(Channel.TELEGRAM).isEqualTo(submission.channel());
        assertThat(appeal.externalId()).isEqualTo(submission.externalId());
        assertThat(appeal.text()).isEqualTo(submission.text());
        assertThat(appeal.author()).isEqualTo(submission.author());
        assertThat(appeal.replyTo()).isEqualTo(submission.replyTo()).containsEntry("chatId", "77");
        assertThat(appeal.location()).isEqualTo(submission.location());
        assertThat(appeal.attachments()).isEqualTo(submission.attachments());
        assertThat(appeal.receivedAt()).isEqualTo(submission.receivedAt());
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
