package org.appeals.notification.render;

import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-channel message limits and the feedback link, {@code appeals.notification.limits.<CHANNEL>.*} and
 * {@code appeals.notification.feedback-url-template}.
 *
 * @param feedbackUrlTemplate where a resident rates the answer or reads it in full; {@code {appealId}} is filled in
 * @param limits per channel; a channel left out has no limit
 * @param smsLimits a reply that goes out as SMS: a web-form appeal that left a phone and no e-mail
 */
@ConfigurationProperties("appeals.notification")
public record RenderProperties(String feedbackUrlTemplate, Map<Channel, ChannelLimits> limits,
                               ChannelLimits smsLimits) {

    /** Cyrillic SMS are UCS-2: 70 characters in a single message. */
    private static final ChannelLimits SMS = new ChannelLimits(70, 6);

    public RenderProperties {
        feedbackUrlTemplate = feedbackUrlTemplate == null ? "" : feedbackUrlTemplate;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        smsLimits = smsLimits == null ? SMS : smsLimits;
    }

    public ChannelLimits limitsOf(Channel channel) {
        return limits.getOrDefault(channel, ChannelLimits.NONE);
    }

    /** The limits of the medium the reply goes by: SMS for a web-form appeal with only a phone to answer to. */
    public ChannelLimits limitsOf(Channel channel, Map<String, String> replyTo) {
        boolean bySms = channel == Channel.WEB && replyTo != null && notBlank(replyTo.get("phone"))
                && !notBlank(replyTo.get("email"));
        return bySms ? smsLimits : limitsOf(channel);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The appeal's feedback link, or empty when none is configured. */
    public String feedbackUrl(UUID appealId) {
        return Placeholders.fill(feedbackUrlTemplate, Map.of("appealId", appealId.toString()));
    }
}
