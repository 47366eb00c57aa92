package org.appeals.notification.channel;

/** How a webhook call went; {@code detail} is technical ("webhook 503"), never personal. */
public record WebhookResult(boolean accepted, String detail) {
}
