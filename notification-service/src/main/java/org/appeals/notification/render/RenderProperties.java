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
 */
@ConfigurationProperties("appeals.notification")
public record RenderProperties(String feedbackUrlTemplate, Map<Channel, ChannelLimits> limits) {

    public RenderProperties {
        feedbackUrlTemplate = feedbackUrlTemplate == null ? "" : feedbackUrlTemplate;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public ChannelLimits limitsOf(Channel channel) {
        return limits.getOrDefault(channel, ChannelLimits.NONE);
    }

    /** The appeal's feedback link, or empty when none is configured. */
    public String feedbackUrl(UUID appealId) {
        return Placeholders.fill(feedbackUrlTemplate, Map.of("appealId", appealId.toString()));
    }
}
