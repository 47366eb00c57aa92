package org.appeals.launcher.stub;

import java.util.Optional;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;

/** What a reply must carry before an adapter could post it. */
final class ReplyValidation {

    private ReplyValidation() {
    }

    static Optional<String> problem(OutboundReply reply, Channel pathChannel, String deliveryHeader) {
        if (reply == null || reply.deliveryId() == null || reply.appealId() == null || reply.channel() == null) {
            return Optional.of("deliveryId, appealId and channel are required");
        }
        if (reply.channel() != pathChannel) {
            return Optional.of("The reply is for channel " + reply.channel() + " but was posted to "
                    + pathChannel.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (deliveryHeader != null && !deliveryHeader.trim().equals(reply.deliveryId().toString())) {
            return Optional.of("X-Appeals-Delivery differs from the body's deliveryId");
        }
        if (reply.text() == null || reply.text().isBlank()) {
            return Optional.of("text is required");
        }
        return Optional.empty();
    }
}
