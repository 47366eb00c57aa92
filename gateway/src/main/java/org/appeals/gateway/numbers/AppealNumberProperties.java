package org.appeals.gateway.numbers;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway looks registration numbers up and how long it remembers one
 * ({@code appeals.gateway.appeal-numbers}). A number never changes its appeal, so the time only bounds memory.
 */
@ConfigurationProperties("appeals.gateway.appeal-numbers")
record AppealNumberProperties(@DefaultValue("http://localhost:8081") URI intakeUrl,
                              @DefaultValue("5m") Duration cacheTtl,
                              @DefaultValue("5s") Duration timeout) {

    AppealNumberProperties {
        if (cacheTtl.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("appeals.gateway.appeal-numbers: cache-ttl must not be negative and "
                    + "timeout must be positive");
        }
    }
}
