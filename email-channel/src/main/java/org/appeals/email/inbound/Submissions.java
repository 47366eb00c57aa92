package org.appeals.email.inbound;

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
 * appeal. Values are kept within intake's limits, so a long mail is shortened rather than refused.
 */
@Component
class Submissions {

    static final int MAX_TEXT = 10_000;
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_AUTHOR_FIELD = 200;
    static final int MAX_REPLY_TO_VALUE = 500;

    private final ReplyIds replyIds;

    Submissions(ReplyIds replyIds) {
        this.replyIds = replyIds;
    }

    AppealSubmission of(IncomingMail mail) {
        UUID repliedTo = replyIds.appealRepliedTo(mail.inReplyTo(), Threading.ids(mail.references())).orElse(null);
        String address = mail.fromAddress().strip();
        Author author = new Author(cut(address.toLowerCase(java.util.Locale.ROOT), MAX_AUTHOR_FIELD),
                cut(blankToNull(mail.fromName()), MAX_AUTHOR_FIELD), cut(address, MAX_AUTHOR_FIELD));
        return new AppealSubmission(Channel.EMAIL, externalId(mail.messageId()), text(mail, repliedTo != null), author,
                replyTo(mail, address), null, List.of(), mail.sentAt(),
                repliedTo == null ? null : repliedTo.toString(), null);
    }

    /** Where the reply goes and how it joins the thread; the keys are what the reply side reads. */
    private static Map<String, String> replyTo(IncomingMail mail, String address) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        replyTo.put("address", address);
        putIfPresent(replyTo, "messageId", mail.messageId().length() <= MAX_REPLY_TO_VALUE ? mail.messageId() : null);
        putIfPresent(replyTo, "references", Threading.references(mail.references(), null, MAX_REPLY_TO_VALUE));
        putIfPresent(replyTo, "subject", cut(blankToNull(mail.subject()), MAX_REPLY_TO_VALUE));
        return replyTo;
    }

    /** A resident's words only: our quoted reply is cut from an answer; an empty body falls back to the subject. */
    private static String text(IncomingMail mail, boolean isResponse) {
        String text = isResponse ? QuotedText.strip(mail.body().text()) : mail.body().text();
        if (text.isBlank()) {
            text = mail.subject() == null || mail.subject().isBlank() ? "(письмо без текста)" : mail.subject().strip();
        }
        String note = attachmentNote(mail.body().attachmentNames());
        return cut(text, MAX_TEXT - note.length()) + note;
    }

    /** Staff should know the resident sent files, even though they stay in the mailbox. */
    private static String attachmentNote(List<String> names) {
        return names.isEmpty() ? "" : cut("\n\n[Вложения не переданы: " + String.join(", ", names) + "]", MAX_TEXT / 10);
    }

    /** The Message-ID is the external id intake de-duplicates on; an overlong one is shortened to a stable digest. */
    private static String externalId(String messageId) {
        return messageId.length() <= MAX_EXTERNAL_ID ? messageId : "sha256:" + Digests.of(messageId);
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
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
