package org.appeals.support;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * Loads {@code appeals-defaults.properties}: the settings every service shares (Kafka reliability, actuator
 * exposure, problem details). Property sources added this way rank below a service's own {@code application.yml},
 * so a service can still override any of them. Also the one {@link Clock} of every service (UTC); tests put a
 * movable clock in its place.
 */
@AutoConfiguration
@PropertySource(value = "classpath:appeals-defaults.properties", encoding = "UTF-8")
public class PlatformDefaultsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
