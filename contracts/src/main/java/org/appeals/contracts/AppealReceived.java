package org.appeals.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An appeal was registered by intake. {@code replyTo} holds the channel-specific address a reply goes back to
 * (chat and message id, post and comment id, e-mail address and message id, …). {@code registrationNumber} is the
 * number residents quote ({@code 34-2026-004217}: region, year, sequence of the year); null in events from before it
 * existed. {@code accessCode} is the short secret the resident gets with the number to open the appeal's public status
 * page (notification sends it in the registration notice; null before it existed). {@code categoryHint} is the
 * category the resident chose (a taxonomy code, or mapped from an Open311 {@code service_code}): routing weighs it,
 * never obeys it; null when the resident chose none.
 */
public record AppealReceived(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        Channel channel,
        String externalId,
        String text,
        Author author,
        Map<String, String> replyTo,
        Location location,
        List<String> attachments,
        Instant receivedAt,
        String registrationNumber,
        String accessCode,
        String categoryHint) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** An event without a registration number (tests, and events stored before numbers existed). */
    public AppealReceived(int schemaVersion, UUID eventId, UUID appealId, Instant occurredAt, Channel channel,
                          String externalId, String text, Author author, Map<String, String> replyTo,
                          Location location, List<String> attachments, Instant receivedAt) {
        this(schemaVersion, eventId, appealId, occurredAt, channel, externalId, text, author, replyTo, location,
                attachments, receivedAt, null, null, null);
    }

    /** The same event with its registration number. */
    public AppealReceived numbered(String number) {
        return numbered(number, accessCode);
    }

    /** The same event with its registration number and the access code of its status page. */
    public AppealReceived numbered(String number, String code) {
        return new AppealReceived(schemaVersion, eventId, appealId, occurredAt, channel, externalId, text, author,
                replyTo, location, attachments, receivedAt, number, code, categoryHint);
    }

    /** The same event with the resident's category hint. */
    public AppealReceived hinted(String hint) {
        return new AppealReceived(schemaVersion, eventId, appealId, occurredAt, channel, externalId, text, author,
                replyTo, location, attachments, receivedAt, registrationNumber, accessCode, hint);
    }

    /** Leaves out the resident's words, name and addresses: records get logged when a consumer fails. */
    @Override
    public String toString() {
        return "AppealReceived[eventId=" + eventId + ", appealId=" + appealId + ", channel=" + channel
                + ", externalId=" + externalId + ", number=" + registrationNumber + ", categoryHint=" + categoryHint
                + ", occurredAt=" + occurredAt + "]";
    }
}
