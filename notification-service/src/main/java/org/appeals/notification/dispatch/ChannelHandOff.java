package org.appeals.notification.dispatch;

import java.time.Clock;
import java.util.Optional;
import org.appeals.contracts.OutboundReply;
import org.appeals.notification.channel.ChannelMessage;
import org.appeals.contracts.Topics;
import org.appeals.notification.channel.WebhookClient;
import org.appeals.notification.channel.WebhookResult;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.AttemptResult;
import org.appeals.notification.delivery.DeliveryClaims;
import org.appeals.notification.delivery.Delivery;
import org.appeals.support.kafka.EventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a reply to its channel: onto {@code outbound.<CHANNEL>} once per delivery, then one webhook attempt. A
 * channel without a webhook is served by the topic alone. Not an outbox event: the publish is the sending itself,
 * which the attempt's outcome depends on, and the PENDING delivery without {@code outboundPublished} already keeps it
 * due until the broker has it.
 */
@Component
class ChannelHandOff {

    private final EventPublisher publisher;
    private final DeliveryClaims claims;
    private final WebhookClient webhooks;
    private final DeliveryMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    ChannelHandOff(EventPublisher publisher, DeliveryClaims claims, WebhookClient webhooks, DeliveryMetrics metrics,
                   JsonMapper json, Clock clock) {
        this.publisher = publisher;
        this.claims = claims;
        this.webhooks = webhooks;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** The attempt made, or empty if the worker lost its claim on the delivery meanwhile. */
    Optional<Attempt> handOff(Delivery claimed, ChannelMessage message) {
        OutboundReply reply = message.reply();
        if (!claimed.outboundPublished()) {
            publisher.publishDurably(Topics.outbound(reply.channel()), reply.appealId().toString(), message.toJson(json));
            if (!claims.markOutboundPublished(claimed, reply.channel())) {
                return Optional.empty();
            }
        }
        Attempt attempt = attempt(message);
        metrics.attempted(reply.channel(), attempt.result());
        return Optional.of(attempt);
    }

    private Attempt attempt(ChannelMessage message) {
        OutboundReply reply = message.reply();
        if (!webhooks.hasWebhook(reply.channel())) {
            return new Attempt(clock.instant(), AttemptResult.SUCCESS, "published to " + Topics.outbound(reply.channel()));
        }
        WebhookResult result = webhooks.post(message);
        return new Attempt(clock.instant(), result.accepted() ? AttemptResult.SUCCESS : AttemptResult.FAILURE,
                result.detail());
    }
}
