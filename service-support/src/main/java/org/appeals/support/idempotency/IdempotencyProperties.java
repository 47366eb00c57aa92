package org.appeals.support.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a key's first result is kept ({@code retention}, 24 h: a department system retries within hours, not
 * days) and how long a request may hold its key before a retry may take it over ({@code lease}: longer than any
 * request may take, the gateway's 30 s, so a slow first attempt is never run twice alongside its retry).
 */
@ConfigurationProperties("appeals.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("60s") Duration lease) {
}
