package org.appeals.notification.channel;

/**
 * How one channel's adapter takes replies.
 *
 * @param webhookUrl where replies are POSTed; empty when the adapter reads {@code outbound.<CHANNEL>} only
 *
 * <p>The secret the calls are signed with is not here: it is read through {@link WebhookSecrets}, since
 * admins rotate it at run time.
 */
public record ChannelSettings(String webhookUrl) {

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }
}
