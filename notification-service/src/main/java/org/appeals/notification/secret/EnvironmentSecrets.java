package org.appeals.notification.secret;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appeals.contracts.Channel;
import org.appeals.notification.channel.ChannelsProperties;
import org.appeals.support.identity.Secrets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The initial secret of every channel with a webhook, {@code WEBHOOK_SECRET_<CHANNEL>}: read once at start, where
 * a missing one (or a demo value outside demo mode) stops the service naming the variable. A rotation stored in
 * MongoDB overrides it from then on.
 */
@Component
class EnvironmentSecrets {

    static final String PROPERTY = "appeals.notification.channels.%s.secret";
    static final String VARIABLE = "WEBHOOK_SECRET_%s";

    private final Map<Channel, String> secrets;

    EnvironmentSecrets(Environment environment, ChannelsProperties channels) {
        Map<Channel, String> read = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            if (channels.webhookOf(channel).isPresent()) {
                read.put(channel, Secrets.require(environment, PROPERTY.formatted(channel.name()),
                        VARIABLE.formatted(channel.name())));
            }
        }
        this.secrets = Collections.unmodifiableMap(read);
    }

    /** The channels whose webhook calls are signed. */
    Set<Channel> channels() {
        return secrets.keySet();
    }

    Optional<String> of(Channel channel) {
        return Optional.ofNullable(secrets.get(channel));
    }
}
