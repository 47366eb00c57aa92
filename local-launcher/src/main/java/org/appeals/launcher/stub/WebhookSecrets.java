package org.appeals.launcher.stub;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Channel;

/**
 * One webhook secret per channel, as notification-service signs with them ({@code WEBHOOK_SECRET_<CHANNEL>}): a leaked
 * secret of one adapter then forges replies of that channel only, and each can be rotated on its own.
 */
public record WebhookSecrets(Map<Channel, String> byChannel) {

    public WebhookSecrets {
        byChannel = Map.copyOf(byChannel);
    }

    /** {@code WEBHOOK_SECRET_VK}, {@code WEBHOOK_SECRET_TELEGRAM}, ... */
    public static String variable(Channel channel) {
        return "WEBHOOK_SECRET_" + channel.name();
    }

    /** Every {@code WEBHOOK_SECRET_<CHANNEL>} that is set; a channel without one has its replies refused. */
    public static WebhookSecrets fromEnv(Map<String, String> env) {
        Map<Channel, String> secrets = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            String secret = env.get(variable(channel));
            if (secret != null && !secret.isBlank()) {
                secrets.put(channel, secret);
            }
        }
        return new WebhookSecrets(secrets);
    }

    /**
     * The local run's secrets: {@code demo-} values (notification accepts them only with {@code APPEALS_DEMO=true}),
     * different per channel so the stub notices a reply signed with another channel's secret.
     */
    public static WebhookSecrets demo() {
        Map<Channel, String> secrets = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            secrets.put(channel, "demo-webhook-secret-" + channel.name().toLowerCase(Locale.ROOT) + "-local-only");
        }
        return new WebhookSecrets(secrets);
    }

    public Optional<String> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /** The environment variables that carry these secrets to a child process. */
    public Map<String, String> asEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        byChannel.forEach((channel, secret) -> env.put(variable(channel), secret));
        return env;
    }
}
