package org.appeals.intake.access;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key access codes are derived under: {@code APPEALS_INTAKE_ACCESS_CODE_KEY}, required, with no default. Every
 * intake instance must have the same key, and changing it changes every appeal's code (the codes residents were
 * sent stop working).
 */
@Configuration(proxyBeanMethods = false)
class AccessCodeConfiguration {

    static final String KEY_PROPERTY = "appeals.intake.access-code.key";

    @Bean
    AccessCodes accessCodes(Environment environment) {
        return new AccessCodes(Secrets.require(environment, KEY_PROPERTY, "APPEALS_INTAKE_ACCESS_CODE_KEY"));
    }
}
