package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.intake.registration.AppealRequest.AuthorBody;
import org.appeals.intake.registration.AppealRequest.LocationBody;
import org.junit.jupiter.api.Test;

class AppealRequestValidatorTest {

    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    @Test
    void aCompleteBodyBecomesAnAppealWithEveryField() {
        AppealSubmission appeal = AppealRequestValidator.validate(complete(), NOW);

        assertThat(appeal.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(appeal.externalId()).isEqualTo("chat-77:5001");
        assertThat(appeal.author().name()).isEqualTo("Пётр");
        assertThat(appeal.replyTo()).containsEntry("chatId", "77").containsEntry("messageId", "5001");
        assertThat(appeal.location().hasCoordinates()).isTrue();
        assertThat(appeal.attachments()).containsExactly("https://example.org/1.jpg");
        assertThat(appeal.receivedAt()).isEqualTo(Instant.parse("2026-11-20T08:15:29Z"));
        assertThat(appeal.inReplyTo()).as("a new appeal, not a reply").isNull();
        assertThat(appeal.feedback()).isNull();
    }

    @Test
    void onlyChannelExternalIdTextAuthorIdAndReplyToAreRequired() {
        var minimal = new AppealRequest("POS", "pos-1", "Текст", new AuthorBody("u1", null, null),
                Map.of("accountId", "1"), null, null, null, null, null);

        AppealSubmission appeal = AppealRequestValidator.validate(minimal, NOW);

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
        AppealRequestValidator.validate(with(complete(), "text", "я".repeat(10_000)), NOW);

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
    void receivedAtIsBetweenTheYear2000AndADayAfterNow() {
        assertThat(AppealRequestValidator.validate(with(complete(), "receivedAt", "2000-01-01T00:00:00Z"), NOW)
                .receivedAt()).isEqualTo(ReceivedAtRule.EARLIEST);
        assertThat(AppealRequestValidator.validate(with(complete(), "receivedAt", "2026-12-05T07:00:00Z"), NOW)
                .receivedAt()).isEqualTo(NOW.plus(ReceivedAtRule.CLOCK_SKEW));

        assertThat(fields(with(complete(), "receivedAt", "+1000000000-12-31T23:59:59Z"))).containsExactly("receivedAt");
        assertThat(fields(with(complete(), "receivedAt", "-1000000000-01-01T00:00:00Z"))).containsExactly("receivedAt");
        assertThat(fields(with(complete(), "receivedAt", "1999-12-31T23:59:59.999Z"))).containsExactly("receivedAt");
        assertThat(fields(with(complete(), "receivedAt", "1970-01-01T00:00:00Z"))).containsExactly("receivedAt");
        assertThat(fields(with(complete(), "receivedAt", "2026-12-05T07:00:00.001Z"))).containsExactly("receivedAt");
    }

    @Test
    void theReceivedAtProblemSaysWhatIsAllowed() {
        var failure = catchThrowableOfType(InvalidAppealException.class, () -> AppealRequestValidator.validate(
                with(complete(), "receivedAt", "+1000000000-12-31T23:59:59Z"), NOW));

        assertThat(failure.getMessage())
                .contains("receivedAt must be between 2000-01-01T00:00:00Z and 2026-12-05T07:00:00Z");
    }

    @Test
    void coordinatesMustBeFiniteNumbersOnTheGlobeAndComeInPairs() {
        assertThat(fields(withLocation(new LocationBody(null, Double.NaN, 44.0)))).containsExactly("location.lat");
        assertThat(fields(withLocation(new LocationBody(null, 48.7, Double.NaN)))).containsExactly("location.lon");
        assertThat(fields(withLocation(new LocationBody(null, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))))
                .containsExactly("location.lat", "location.lon");
        assertThat(fields(withLocation(new LocationBody(null, -1e308, 1e308))))
                .containsExactly("location.lat", "location.lon");
        assertThat(fields(withLocation(new LocationBody(null, 48.7, null)))).containsExactly("location.lon");
        assertThat(fields(withLocation(new LocationBody(null, null, 44.5)))).containsExactly("location.lat");

        assertThat(AppealRequestValidator.validate(withLocation(new LocationBody(null, -90.0, 180.0)), NOW)
                .location().hasCoordinates()).isTrue();
        assertThat(AppealRequestValidator.validate(withLocation(new LocationBody("Камышин", null, null)), NOW)
                .location().hasCoordinates()).isFalse();
    }

    @Test
    void stringsMustBeWellFormedUnicode() {
        assertThat(fields(with(complete(), "text", "Яма \ud83d у дома"))).containsExactly("text");
        assertThat(fields(with(complete(), "externalId", "id-\udc00"))).containsExactly("externalId");
        assertThat(AppealRequestValidator.validate(with(complete(), "text", "Яма 🕳️ у дома"), NOW).text())
                .isEqualTo("Яма 🕳️ у дома");
    }

    @Test
    void aTextMayHaveLineBreaksButNoOtherControlCharactersAndIdsAreSingleLines() {
        assertThat(AppealRequestValidator.validate(with(complete(), "text", "Строка 1\r\nСтрока 2\tи ещё"), NOW)
                .text()).contains("\n");

        assertThat(fields(with(complete(), "text", "Яма\u0000"))).containsExactly("text");
        assertThat(fields(with(complete(), "text", "Яма\uFFFF"))).containsExactly("text");
        assertThat(fields(with(complete(), "externalId", "chat-77\r\nBcc: x@y"))).containsExactly("externalId");
        assertThat(fields(withReplyTo(Map.of("email", "a@b.example\nBcc: c@d.example"))))
                .containsExactly("replyTo.email");
        assertThat(fields(withAttachments(List.of("https://example.org/\u0085x.jpg"))))
                .containsExactly("attachments[0]");
    }

    @Test
    void everyBadFieldIsNamedAtOnceInTheDetail() {
        var bad = new AppealRequest("FAX", "", null, null, null, null, null, null, null, null);

        var failure = catchThrowableOfType(InvalidAppealException.class,
                () -> AppealRequestValidator.validate(bad, NOW));

        assertThat(failure.violations()).extracting(FieldViolation::field)
                .containsExactly("channel", "externalId", "text", "author", "replyTo");
        assertThat(failure.getMessage()).contains("channel", "externalId", "text", "author", "replyTo");
    }

    @Test
    void theCheckedAppealDoesNotPrintTheResidentsWords() {
        assertThat(AppealRequestValidator.validate(complete(), NOW).toString()).doesNotContain("Пётр", "контейнеры", "+79001112233", "chatId");
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

    private static AppealRequest withLocation(LocationBody location) {
        var b = complete();
        return new AppealRequest(b.channel(), b.externalId(), b.text(), b.author(), b.replyTo(), location,
                b.attachments(), b.receivedAt(), null, null);
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
        var failure = catchThrowableOfType(InvalidAppealException.class, () -> AppealRequestValidator.validate(body, NOW));
        assertThat(failure).as("expected the body to be refused").isNotNull();
        return failure.violations().stream().map(FieldViolation::field).toList();
    }
}
