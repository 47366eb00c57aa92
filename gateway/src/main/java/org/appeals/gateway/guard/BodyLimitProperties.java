package org.appeals.gateway.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The largest request body the gateway accepts ({@code appeals.gateway.max-body-bytes}), and the larger one a
 * submission of the residents' web form may have ({@code appeals.gateway.form-max-body-bytes}): up to five photos,
 * so that resident-web itself, not the gateway, tells a resident in Russian which photo is too large.
 */
@ConfigurationProperties("appeals.gateway")
record BodyLimitProperties(@DefaultValue("65536") long maxBodyBytes,
                           @DefaultValue("31457280") long formMaxBodyBytes) {

    BodyLimitProperties {
        if (maxBodyBytes < 1) {
            throw new IllegalStateException("appeals.gateway.max-body-bytes must be at least 1");
        }
        // the body is held in memory to be forwarded with its exact length
        if (formMaxBodyBytes < 1 || formMaxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("appeals.gateway.form-max-body-bytes must be between 1 and 2 GiB");
        }
    }
}
