package org.appeals.email.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.email.thread.ReplyIds;
import org.appeals.email.thread.Threading;
import org.springframework.stereotype.Component;

/**
 * Turns a mail into what intake takes: a new appeal, or, when it answers one of our replies, a response to that
 * appeal. Values are kept within intake's limits ({@link IntakeValues}), so a long or odd mail is shortened and cleaned
 * rather than refused and dead-lettered.
 */
@Component
class Submissions {

    static final int MAX_TEXT = 10_000;
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_AUTHOR_FIELD = 200;
    static final int MAX_REPLY_TO_VALUE = 500;

    private final ReplyIds replyIds;
    private final Clock clock;

    Submissions(ReplyIds replyIds, Clock clock) {
        this.replyIds = replyIds;
        this.clock = clock;
    }

    AppealSubmission of(IncomingMail mail) {
        UUID repliedTo = replyIds.appealRepliedTo(mail.inReplyTo(), Threading.ids(mail.references())).orElse(null);
        String address = mail.fromAddress().strip();
        Author author = new Author(cut(address.toLowerCase(java.util.Locale.ROOT), MAX_AUTHOR_FIELD),
                cut(blankToNull(IntakeValues.line(mail.fromName())), MAX_AUTHOR_FIELD),
                cut(address, MAX_AUTHOR_FIELD));
        Instant receivedAt = IntakeValues.receivedAt(mail.sentAt(), clock.instant());
        return new AppealSubmission(Channel.EMAIL, externalId(mail.messageId()), text(mail, repliedTo != null), author,
                replyTo(mail, address), null, List.of(), receivedAt, repliedTo == null ? null : repliedTo.toString(),
                null);
    }

    /** Where the reply goes and how it joins the thread; the keys are what the reply side reads. */
    private static Map<String, String> replyTo(IncomingMail mail, String address) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        replyTo.put("address", address);
        // an id that is not a clean line would be refused, and cannot thread a reply anyway: it is left out
        putIfPresent(replyTo, "messageId", mail.messageId().length() <= MAX_REPLY_TO_VALUE
                && IntakeValues.isLine(mail.messageId()) ? mail.messageId() : null);
        String references = Threading.references(mail.references(), null, MAX_REPLY_TO_VALUE);
        putIfPresent(replyTo, "references", IntakeValues.isLine(references) ? references : null);
        putIfPresent(replyTo, "subject", cut(blankToNull(IntakeValues.line(mail.subject())), MAX_REPLY_TO_VALUE));
        return replyTo;
    }

    /** A resident's words only: our quoted reply is cut from an answer; an empty body falls back to the subject. */
    private static String text(IncomingMail mail, boolean isResponse) {
        String text = IntakeValues.text(isResponse ? QuotedText.strip(mail.body().text()) : mail.body().text());
        String subject = IntakeValues.line(mail.subject());
        if (text.isBlank()) {
            text = subject == null || subject.isBlank() ? "(письмо без текста)" : subject.strip();
        }
        String note = IntakeValues.text(attachmentNote(mail.body().attachmentNames()));
        return cut(text, MAX_TEXT - note.length()) + note;
    }

    /** Staff should know the resident sent files, even though they stay in the mailbox. */
    private static String attachmentNote(List<String> names) {
        return names.isEmpty() ? "" : cut("\n\n[Вложения не переданы: " + String.join(", ", names) + "]", MAX_TEXT / 10);
    }

    /**
     * The Message-ID is the external id intake de-duplicates on; an overlong one, or one with bytes intake refuses
     * (raw 8-bit headers decode to control characters), becomes a stable digest.
     */
    private static String externalId(String messageId) {
        return messageId.length() <= MAX_EXTERNAL_ID && IntakeValues.isLine(messageId)
                ? messageId : "sha256:" + Digests.of(messageId);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cut(String value, int max) {
        return IntakeValues.cut(value, max);
    }
}
