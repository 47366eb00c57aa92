package org.appeals.intake.access;

import org.appeals.support.identity.Secrets;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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

    /**
     * Reads the key, and registers the {@link AccessCodes} made with it, before any other bean is made: a start
     * without it must name the variable, not fail first on whatever else is missing (MongoDB unreachable, say) and
     * leave the operator to find the key on the next try.
     */
    @Bean
    static BeanFactoryPostProcessor accessCodesFromTheKey(Environment environment) {
        return beanFactory -> beanFactory.registerSingleton("accessCodes",
                new AccessCodes(Secrets.require(environment, KEY_PROPERTY, "APPEALS_INTAKE_ACCESS_CODE_KEY")));
    }
}
