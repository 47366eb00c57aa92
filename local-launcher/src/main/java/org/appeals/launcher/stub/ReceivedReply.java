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

    /** One readable line; the reply address is the resident's, so it is masked (GET /webhooks has it in full). */
    String logLine() {
        return receivedAt + " " + channel + " reply to appeal " + appealId + " (delivery " + deliveryId + ", "
                + answerKind + ", to " + maskedAddress() + ") from " + departmentName + ": " + oneLine(text);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " / ");
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
