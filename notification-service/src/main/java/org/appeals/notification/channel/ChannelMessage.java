package org.appeals.notification.channel;

import java.util.List;
import org.appeals.contracts.OutboundReply;
import org.appeals.notification.render.Notice;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an adapter receives, on the webhook and on {@code outbound.<CHANNEL>}: the {@link OutboundReply} fields as
 * the contract has them ({@code text} is the whole reply) plus {@code parts}, the messages to post in order when the
 * channel limits their length, and {@code notice} (REGISTERED or ASSIGNED) for status notices, whose
 * {@code answerKind} is null. Consumers ignore unknown fields, so the JSON stays a valid OutboundReply.
 */
public record ChannelMessage(OutboundReply reply, List<String> parts, Notice notice) {

    public ChannelMessage {
        parts = List.copyOf(parts);
    }

    public ObjectNode toJson(JsonMapper json) {
        ObjectNode body = json.valueToTree(reply);
        body.set("parts", json.valueToTree(parts));
        if (notice != null) {
            body.put("notice", notice.name());
        }
        return body;
    }

    /** Leaves out the reply address and text. */
    @Override
    public String toString() {
        return "ChannelMessage[" + reply + ", parts=" + parts.size() + ", notice=" + notice + "]";
    }
}
