package org.appeals.notification.channel;

import java.util.List;
import org.appeals.contracts.Channel;

/** The secrets a channel's webhook calls are signed with right now; kept (rotated) by the {@code secret} feature. */
@FunctionalInterface
public interface WebhookSecrets {

    /**
     * The channel's current secret first, then the one it replaced while that one's grace period lasts, so an
     * adapter can switch to the new secret at its own pace. Never empty for a channel with a webhook.
     */
    List<String> signingSecrets(Channel channel);
}
