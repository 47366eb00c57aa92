package org.appeals.routing.assignment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics' settings; the schedules run on service-support's scheduling, and the outbox relay is service-support's
 * ({@code appeals.outbox.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class AssignmentConfiguration {
}
