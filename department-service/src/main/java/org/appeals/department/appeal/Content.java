package org.appeals.department.appeal;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;
import org.appeals.contracts.Masking;

/**
 * What the department needs to read of an appeal. Deliberately without the author and the reply address: the
 * department answers through the platform, never to the resident directly.
 */
public record Content(String text, Channel channel, Location location, List<String> attachments, Instant receivedAt) {

    /** The readable part of a registered appeal. */
    public static Content of(AppealReceived event) {
        List<String> attachments = event.attachments() == null ? List.of() : List.copyOf(event.attachments());
        return new Content(event.text(), event.channel(), event.location(), attachments, event.receivedAt());
    }

    /** The resident's words and whereabouts may identify them: never in logs. */
    @Override
    public String toString() {
        return "Content[text=" + Masking.mask(text) + ", channel=" + channel + ", receivedAt=" + receivedAt + "]";
    }
}
