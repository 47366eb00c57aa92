package org.appeals.ok.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/appeals} for a message: channel OK, {@code externalId} = the message's mid (OK
 * re-sends an update with the same mid, so it registers once), the author, {@code replyTo {chatId, messageId,
 * userId}} (what the reply needs to answer that message in that chat), the photos, and {@code inReplyTo} for the
 * resident's answer. Values are kept within intake's limits rather than refused there.
 */
final class AppealBody {

    static final int MAX_TEXT = 10_000;
    static final int MAX_FIELD = 200;
    static final int MAX_ATTACHMENTS = 10;
    static final String PHOTO_ONLY_TEXT = "Фото без подписи";
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private AppealBody() {
    }

    /** Whether the message carries anything to register (a sticker or a bare share does not). */
    static boolean hasContent(OkUpdate update) {
        return !update.text().isBlank() || !update.imageUrls().isEmpty();
    }

    static Map<String, Object> of(OkUpdate update, String inReplyTo, Clock clock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "OK");
        body.put("externalId", line(update.mid()));
        body.put("text", text(update));
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", line(update.userId()));
        if (update.name() != null && !update.name().isBlank()) {
            author.put("name", line(update.name()));
        }
        body.put("author", author);
        body.put("replyTo", Map.of("chatId", line(update.chatId()), "messageId", line(update.mid()),
                "userId", line(update.userId())));
        List<String> photos = update.imageUrls().stream().filter(AppealBody::usableLink).limit(MAX_ATTACHMENTS)
                .toList();
        if (!photos.isEmpty()) {
            body.put("attachments", photos);
        }
        body.put("receivedAt", receivedAt(update.timestamp(), clock).toString());
        if (inReplyTo != null) {
            body.put("inReplyTo", inReplyTo);
        }
        return body;
    }

    private static String text(OkUpdate update) {
        String text = update.text().isBlank() ? PHOTO_ONLY_TEXT : update.text();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** Epoch milliseconds; a time before 2000 or more than a day ahead (a broken clock) becomes now. */
    static Instant receivedAt(long epochMillis, Clock clock) {
        Instant now = clock.instant();
        Instant sent = Instant.ofEpochMilli(epochMillis);
        return sent.isBefore(EARLIEST) || sent.isAfter(now.plusSeconds(86_400)) ? now : sent;
    }

    /** One line without control characters, at most {@link #MAX_FIELD} characters. */
    static String line(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > MAX_FIELD ? clean.substring(0, MAX_FIELD) : clean;
    }

    private static boolean usableLink(String url) {
        return (url.startsWith("https://") || url.startsWith("http://")) && url.length() <= 2000
                && url.chars().noneMatch(Character::isISOControl);
    }
}
