package org.appeals.gateway.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The largest request body the gateway accepts ({@code appeals.gateway.max-body-bytes}). */
@ConfigurationProperties("appeals.gateway")
record BodyLimitProperties(@DefaultValue("65536") long maxBodyBytes) {

    BodyLimitProperties {
        if (maxBodyBytes < 1) {
            throw new IllegalStateException("appeals.gateway.max-body-bytes must be at least 1");
        }
    }
}
