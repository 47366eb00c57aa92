package org.appeals.launcher.stub;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import tools.jackson.core.JacksonException;

/** Takes one webhook POST: size limit, signature, body, idempotency, then one printed line. */
final class ReplyIntake {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Each channel's own check: a reply signed with another channel's secret does not pass. */
    private final Map<Channel, SignatureCheck> signatures;
    private final ReceivedReplies replies;
    private final PrintStream out;

    ReplyIntake(Map<Channel, SignatureCheck> signatures, ReceivedReplies replies, PrintStream out) {
        this.signatures = signatures;
        this.replies = replies;
        this.out = out;
    }

    void receive(HttpExchange exchange, String channelCode) throws IOException {
        Optional<Channel> channel = channel(channelCode);
        if (channel.isEmpty()) {
            StubResponses.problem(exchange, 404, "Unknown channel", "No channel adapter for this path");
            return;
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body.length > MAX_BODY_BYTES) {
            StubResponses.problem(exchange, 413, "Payload too large", "A reply body is limited to 1 MiB");
            return;
        }
        Optional<String> forged = forgery(channel.get(), exchange, body);
        if (forged.isPresent()) {
            StubResponses.problem(exchange, 401, "Invalid signature", forged.get());
            return;
        }
        accept(exchange, channel.get(), body, exchange.getRequestHeaders().getFirst("X-Appeals-Delivery"));
    }

    /** Why the request is not signed with this channel's own secret; empty when it is. */
    private Optional<String> forgery(Channel channel, HttpExchange exchange, byte[] body) {
        SignatureCheck signature = signatures.get(channel);
        if (signature == null) {
            return Optional.of("No webhook secret is configured for this channel (" + WebhookSecrets.variable(channel)
                    + ")");
        }
        var headers = exchange.getRequestHeaders();
        return signature.problem(headers.getFirst("X-Appeals-Timestamp"), headers.getFirst("X-Appeals-Signature"), body);
    }

    private void accept(HttpExchange exchange, Channel channel, byte[] body, String deliveryHeader)
            throws IOException {
        OutboundReply reply;
        try {
            reply = StubResponses.JSON.readValue(body, OutboundReply.class);
        } catch (JacksonException e) {
            StubResponses.problem(exchange, 400, "Malformed reply", "The body is not an OutboundReply JSON object");
            return;
        }
        Optional<String> invalid = ReplyValidation.problem(reply, channel, deliveryHeader);
        if (invalid.isPresent()) {
            StubResponses.problem(exchange, 400, "Invalid reply", invalid.get());
            return;
        }
        ReceivedReply received = ReceivedReply.of(reply, Instant.now());
        boolean isNew = replies.addIfNew(received);
        if (isNew) {
            out.println(received.logLine());
            out.flush();
        }
        // a repeated delivery id is acknowledged too: the sender must stop retrying, the resident sees one reply
        StubResponses.json(exchange, 200, java.util.Map.of("deliveryId", reply.deliveryId(), "duplicate", !isNew));
    }

    private static Optional<Channel> channel(String code) {
        try {
            return Optional.of(Channel.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads at most one byte more than the limit, so an oversized body is detected without reading it all. */
    private static byte[] readBody(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY_BYTES + 1);
    }
}
