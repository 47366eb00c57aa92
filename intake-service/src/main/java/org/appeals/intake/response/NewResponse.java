package org.appeals.intake.response;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;

/**
 * A checked response, ready to accept.
 *
 * @param channel the channel it came through; null when staff post it for the appeal's own channel
 * @param externalId the channel's id of the resident's message; null when there is none (then it is never a repeat)
 */
public record NewResponse(
        UUID appealId,
        Channel channel,
        String externalId,
        ResponseKind kind,
        String text,
        Integer rating,
        Boolean solved) {

    ResidentResponded toEvent(Channel appealChannel, UUID responseId, UUID eventId, Instant now) {
        return new ResidentResponded(ResidentResponded.SCHEMA_VERSION, eventId, appealId, now, responseId,
                appealChannel, externalId, kind, text, rating, solved);
    }

    /** Leaves out the resident's words. */
    @Override
    public String toString() {
        return "NewResponse[appealId=" + appealId + ", channel=" + channel + ", externalId=" + externalId
                + ", kind=" + kind + "]";
    }
}
