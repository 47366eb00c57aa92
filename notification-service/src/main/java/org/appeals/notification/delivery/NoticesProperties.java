package org.appeals.notification.delivery;

import java.util.EnumMap;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which channels get status notices (registered, assigned), {@code appeals.notification.status-notices.<CHANNEL>}.
 * On by default, except for ПОС, which tells the resident about registration and assignment itself.
 */
@ConfigurationProperties("appeals.notification")
public record NoticesProperties(Map<Channel, Boolean> statusNotices) {

    public NoticesProperties {
        Map<Channel, Boolean> copy = new EnumMap<>(Channel.class);
        copy.put(Channel.POS, false);
        if (statusNotices != null) {
            copy.putAll(statusNotices);
        }
        statusNotices = Map.copyOf(copy);
    }

    public boolean enabledFor(Channel channel) {
        return statusNotices.getOrDefault(channel, true);
    }
}
