package org.appeals.routing.rules;

import org.appeals.routing.directory.RoutingRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routing rules every placement uses, always over the table currently in force. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    @Bean
    RoutingRules routingRules(RoutingBook book, RulesProperties properties) {
        return new RoutingRules(book::table, properties.minConfidence());
    }
}
