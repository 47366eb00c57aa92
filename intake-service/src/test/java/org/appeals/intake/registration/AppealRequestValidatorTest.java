package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.intake.registration.AppealRequest.AuthorBody;
import org.appeals.intake.registration.AppealRequest.LocationBody;
import org.junit.jupiter.api.Test;

class AppealRequestValidatorTest {

    @Test
    void aCompleteBodyBecomesAnAppealWithEveryField() {
        NewAppeal appeal = AppealRequestValidator.validate(complete());

        assertThat(appeal.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(appeal.externalId()).isEqualTo("chat-77:5001");
        assertThat(appeal.author().name()).isEqualTo("Пётр");
        assertThat(appeal.replyTo()).containsEntry("chatId", "77").containsEntry("messageId", "5001");
        assertThat(appeal.location().hasCoordinates()).isTrue();
        assertThat(appeal.attachments()).containsExactly("https://example.org/1.jpg");
        assertThat(appeal.receivedAt()).isEqualTo(Instant.parse("2026-11-20T08:15:29Z"));
    }

    @Test
    void onlyChannelExternalIdTextAuthorIdAndReplyToAreRequired() {
        var minimal = new AppealRequest("POS", "pos-1", "Текст", new AuthorBody("u1", null, null),
                Map.of("accountId", "1"), null, null, null, null, null);

        NewAppeal appeal = AppealRequestValidator.validate(minimal);

        assertThat(appeal.receivedAt()).isNull();
        assertThat(appeal.attachments()).isEmpty();
        assertThat(appeal.location()).isNull();
    }

    @Test
    void missingOrBlankTextIsNamed() {
        assertThat(fields(with(complete(), "text", null))).containsExactly("text");
        assertThat(fields(with(complete(), "text", "   "))).containsExactly("text");
    }

    @Test
    void textMayHaveTenThousandCharactersButNoMore() {
        AppealRequestValidator.validate(with(complete(), "text", "я".repeat(10_000)));

        assertThat(fields(with(complete(), "text", "я".repeat(10_001)))).containsExactly("text");
    }

    @Test
    void anUnknownOrLowerCaseChannelCodeIsNamed() {
        assertThat(fields(with(complete(), "channel", "FAX"))).containsExactly("channel");
        assertThat(fields(with(complete(), "channel", "vk"))).containsExactly("channel");
    }

    @Test
    void externalIdIsLimitedToTwoHundredCharacters() {
        assertThat(fields(with(complete(), "externalId", "x".repeat(201)))).containsExactly("externalId");
    }

    @Test
    void coordinatesOutsideTheGlobeAreNamed() {
        var body = complete();
        var wrong = new AppealRequest(body.channel(), body.externalId(), body.text(), body.author(), body.replyTo(),
                new LocationBody("где-то", 91.0, -180.5), null, null, null, null);

        assertThat(fields(wrong)).containsExactly("location.lat", "location.lon");
    }

    @Test
    void anAuthorWithoutIdIsNamed() {
        var body = complete();
        var noId = new AppealRequest(body.channel(), body.externalId(), body.text(), new AuthorBody(" ", "Пётр", null),
                body.replyTo(), null, null, null, null, null);
        var noAuthor = new AppealRequest(body.channel(), body.externalId(), body.text(), null, body.replyTo(), null,
                null, null, null, null);

        assertThat(fields(noId)).containsExactly("author.id");
        assertThat(fields(noAuthor)).containsExactly("author");
    }

    @Test
    void theReplyAddressIsRequiredSmallAndMadeOfPlainNames() {
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            tooMany.put("k" + i, "v");
        }
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("chatId", null);

        assertThat(fields(withReplyTo(null))).containsExactly("replyTo");
        assertThat(fields(withReplyTo(Map.of()))).containsExactly("replyTo");
        assertThat(fields(withReplyTo(tooMany))).containsExactly("replyTo");
        assertThat(fields(withReplyTo(Map.of("$where", "1")))).containsExactly("replyTo");
        assertThat(fields(withReplyTo(Map.of("a.b", "1")))).containsExactly("replyTo");
        assertThat(fields(withReplyTo(nullValue))).containsExactly("replyTo.chatId");
    }

    @Test
    void attachmentsAreAtMostTenWebLinks() {
        List<String> eleven = new ArrayList<>(Collections.nCopies(11, "https://example.org/x.jpg"));

        assertThat(fields(withAttachments(List.of("https://example.org/ok.jpg", "ftp://example.org/x", "no url"))))
                .containsExactly("attachments[1]", "attachments[2]");
        assertThat(fields(withAttachments(eleven))).containsExactly("attachments");
    }

    @Test
    void receivedAtMustBeAnIsoInstant() {
        assertThat(fields(with(complete(), "receivedAt", "20.11.2026 08:15"))).containsExactly("receivedAt");
    }

    @Test
    void everyBadFieldIsNamedAtOnceInTheDetail() {
        var bad = new AppealRequest("FAX", "", null, null, null, null, null, null, null, null);

        var failure = catchThrowableOfType(InvalidAppealException.class, () -> AppealRequestValidator.validate(bad));

        assertThat(failure.violations()).extracting(FieldViolation::field)
                .containsExactly("channel", "externalId", "text", "author", "replyTo");
        assertThat(failure.getMessage()).contains("channel", "externalId", "text", "author", "replyTo");
    }

    @Test
    void theCheckedAppealDoesNotPrintTheResidentsWords() {
        assertThat(AppealRequestValidator.validate(complete()).toString()).doesNotContain("Пётр", "контейнеры", "+79001112233", "chatId");
    }

    private static AppealRequest complete() {
        return new AppealRequest("TELEGRAM", "chat-77:5001", "Камышин, контейнеры не вывозят",
                new AuthorBody("tg-501", "Пётр", "+79001112233"), Map.of("chatId", "77", "messageId", "5001"),
                new LocationBody("Камышин", 50.08, 45.40), List.of("https://example.org/1.jpg"), "2026-11-20T08:15:29Z", null, null);
    }

    private static AppealRequest with(AppealRequest b, String field, String value) {
        return new AppealRequest(field.equals("channel") ? value : b.channel(),
                field.equals("externalId") ? value : b.externalId(), field.equals("text") ? value : b.text(),
                b.author(), b.replyTo(), b.location(), b.attachments(),
                field.equals("receivedAt") ? value : b.receivedAt(), null, null);
    }

    private static AppealRequest withReplyTo(Map<String, String> replyTo) {
        var b = complete();
        return new AppealRequest(b.channel(), b.externalId(), b.text(), b.author(), replyTo, b.location(),
                b.attachments(), b.receivedAt(), null, null);
    }

    private static AppealRequest withAttachments(List<String> attachments) {
        var b = complete();
        return new AppealRequest(b.channel(), b.externalId(), b.text(), b.author(), b.replyTo(), b.location(),
                attachments, b.receivedAt(), null, null);
    }

    private static List<String> fields(AppealRequest body) {
        var failure = catchThrowableOfType(InvalidAppealException.class, () -> AppealRequestValidator.validate(body));
        assertThat(failure).as("expected the body to be refused").isNotNull();
        return failure.violations().stream().map(FieldViolation::field).toList();
    }
}
