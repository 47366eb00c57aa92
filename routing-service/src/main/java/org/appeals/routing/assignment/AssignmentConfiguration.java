package org.appeals.routing.assignment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The outbox relay's and the metrics' settings; the schedules themselves run on service-support's scheduling. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxProperties.class, MetricsProperties.class})
class AssignmentConfiguration {
}
