package org.appeals.notification.channel;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.appeals.contracts.WebhookSignature;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs a reply to its channel adapter's webhook, signed, with the delivery id as idempotency key: the same on every
 * attempt and on an operator's re-send, so an adapter that got it before can tell.
 */
@Component
public class WebhookClient {

    public static final String DELIVERY_HEADER = "X-Appeals-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Appeals-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Appeals-Signature";

    private final RestClient http;
    private final ChannelsProperties channels;
    private final WebhookSecrets secrets;
    private final JsonMapper json;
    private final Clock clock;

    WebhookClient(RestClient webhookRestClient, ChannelsProperties channels, WebhookSecrets secrets, JsonMapper json,
                  Clock clock) {
        this.http = webhookRestClient;
        this.channels = channels;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the channel's adapter takes replies over HTTP at all. */
    public boolean hasWebhook(Channel channel) {
        return channels.webhookOf(channel).isPresent();
    }

    /** One attempt; any status but 2xx, and any I/O error or timeout, is a failure to retry. */
    public WebhookResult post(ChannelMessage message) {
        OutboundReply reply = message.reply();
        ChannelSettings settings = channels.webhookOf(reply.channel()).orElseThrow(
                () -> new IllegalStateException("channel " + reply.channel() + " has no webhook"));
        byte[] body = json.writeValueAsBytes(message.toJson(json));
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpStatusCode status = http.post().uri(URI.create(settings.webhookUrl()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(DELIVERY_HEADER, reply.deliveryId().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, signature(reply.channel(), timestamp, body))
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode());
            return new WebhookResult(status.is2xxSuccessful(), "webhook " + status.value());
        } catch (RestClientException | IllegalArgumentException e) {
            return new WebhookResult(false, "webhook unreachable (" + rootCause(e).getClass().getSimpleName() + ")");
        }
    }

    /** During a rotation's grace period both secrets sign: the adapter accepts the call if any signature matches. */
    private String signature(Channel channel, long timestamp, byte[] body) {
        return WebhookSignature.header(secrets.signingSecrets(channel), timestamp, body);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
