package org.appeals.gateway.identity;

import org.appeals.support.identity.Secrets;
import org.appeals.support.identity.MissingSecretException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The signer of forwarded identities; without a usable secret the gateway does not start. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    static final String SECRET_PROPERTY = "appeals.identity.secret";
    static final String SECRET_VARIABLE = "APPEALS_IDENTITY_SECRET";
    // HS256 needs a key of at least 256 bits; Nimbus would refuse a shorter one at the first request instead
    private static final int MIN_SECRET_BYTES = 32;

    @Bean
    IdentityMinter identityMinter(Environment environment, Clock clock) {
        String secret = Secrets.require(environment, SECRET_PROPERTY, SECRET_VARIABLE);
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new MissingSecretException(SECRET_VARIABLE, SECRET_VARIABLE + " is shorter than "
                    + MIN_SECRET_BYTES + " bytes; HS256 needs at least " + MIN_SECRET_BYTES + ".");
        }
        return new IdentityMinter(secret, clock);
    }
}
