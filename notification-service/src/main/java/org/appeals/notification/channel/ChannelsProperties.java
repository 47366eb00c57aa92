package org.appeals.notification.channel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The channel adapters' settings, {@code appeals.notification.channels.<CHANNEL>.*}; a channel left out has no webhook. */
@ConfigurationProperties("appeals.notification")
public record ChannelsProperties(Map<Channel, ChannelSettings> channels) {

    public ChannelsProperties {
        Map<Channel, ChannelSettings> copy = new EnumMap<>(Channel.class);
        if (channels != null) {
            copy.putAll(channels);
        }
        channels = Collections.unmodifiableMap(copy);
    }

    /** The channel's webhook settings, if its adapter takes replies over HTTP. */
    public Optional<ChannelSettings> webhookOf(Channel channel) {
        return Optional.ofNullable(channels.get(channel)).filter(ChannelSettings::hasWebhook);
    }
}
