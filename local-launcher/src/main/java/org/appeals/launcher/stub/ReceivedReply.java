package org.appeals.launcher.stub;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Masking;
import org.appeals.contracts.OutboundReply;

/** A reply the stub accepted, as {@code GET /webhooks} shows it. */
record ReceivedReply(Instant receivedAt, Channel channel, UUID appealId, UUID deliveryId, AnswerKind answerKind,
                     String departmentName, Map<String, String> replyTo, String text) {

    static ReceivedReply of(OutboundReply reply, Instant receivedAt) {
        return new ReceivedReply(receivedAt, reply.channel(), reply.appealId(), reply.deliveryId(),
                reply.answerKind(), reply.departmentName(), reply.replyTo() == null ? Map.of() : reply.replyTo(),
                reply.text());
    }

    /**
     * One readable line. The reply address and the text (which greets the resident by name) are personal data, so
     * the line masks the address and gives only the text's length; {@code GET /webhooks} shows both in full.
     */
    String logLine() {
        return receivedAt + " " + channel + " reply to appeal " + appealId + " (delivery " + deliveryId + ", "
                + answerKind + ", to " + maskedAddress() + ") from " + departmentName + ": "
                + (text == null ? 0 : text.length()) + " characters, see GET /webhooks?appealId=" + appealId;
    }

    private String maskedAddress() {
        return new TreeMap<>(replyTo).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + Masking.mask(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public String toString() {
        return "ReceivedReply[deliveryId=" + deliveryId + ", appealId=" + appealId + ", channel=" + channel + "]";
    }
}
