package org.appeals.intake.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;

/** A checked appeal, ready to register; {@code receivedAt} is null when the channel did not say. */
record NewAppeal(
        Channel channel,
        String externalId,
        String text,
        Author author,
        Map<String, String> replyTo,
        Location location,
        List<String> attachments,
        Instant receivedAt) {

    AppealReceived toEvent(UUID appealId, UUID eventId, Instant now) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, eventId, appealId, now, channel, externalId, text,
                author, replyTo, location, attachments, receivedAt == null ? now : receivedAt);
    }

    /** Leaves out the resident's words, name and addresses. */
    @Override
    public String toString() {
        return "NewAppeal[channel=" + channel + ", externalId=" + externalId + "]";
    }
}
