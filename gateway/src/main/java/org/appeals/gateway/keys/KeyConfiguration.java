package org.appeals.gateway.keys;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key registry, built (and checked) once at start-up from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyProperties.class)
class KeyConfiguration {

    @Bean
    KeyRegistry keyRegistry(KeyProperties properties) {
        return new KeyRegistry(properties);
    }
}
