package org.appeals.notification.channel;

/**
 * How one channel's adapter takes replies.
 *
 * @param webhookUrl where replies are POSTed; empty when the adapter reads {@code outbound.<CHANNEL>} only
 * @param secret the key of the HMAC-SHA256 signature the adapter checks
 */
public record ChannelSettings(String webhookUrl, String secret) {

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    /** Leaves out the secret. */
    @Override
    public String toString() {
        return "ChannelSettings[webhookUrl=" + webhookUrl + "]";
    }
}
