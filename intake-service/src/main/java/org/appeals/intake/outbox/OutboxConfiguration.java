package org.appeals.intake.outbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the outbox's settings. The relay's schedule and its lock are on {@link OutboxRelay#relayPending()};
 * {@code @Scheduled} and {@code @SchedulerLock} are switched on by service-support's scheduling auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {
}
