package org.appeals.notification.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a webhook call may take.
 *
 * @param connectTimeout to open the connection
 * @param readTimeout to get the response once the request is sent
 */
@ConfigurationProperties("appeals.notification.webhook")
public record WebhookProperties(Duration connectTimeout, Duration readTimeout) {

    public WebhookProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
