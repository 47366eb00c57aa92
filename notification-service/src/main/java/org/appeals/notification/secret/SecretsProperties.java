package org.appeals.notification.secret;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code appeals.notification.webhook-secrets.*}.
 *
 * @param cacheFor how long an instance signs with the secrets it read before reading the store again: the delay
 *                 after which a rotation made on another instance takes effect here
 */
@ConfigurationProperties("appeals.notification.webhook-secrets")
record SecretsProperties(Duration cacheFor) {

    SecretsProperties {
        cacheFor = cacheFor == null ? Duration.ofSeconds(10) : cacheFor;
    }
}
