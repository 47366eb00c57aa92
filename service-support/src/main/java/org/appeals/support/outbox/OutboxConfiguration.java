package org.appeals.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.appeals.support.kafka.EventPublisher;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The outbox and its relay, for a service that publishes events and keeps a MongoDB database. */
@AutoConfiguration(afterName = {"org.appeals.support.kafka.KafkaSupportConfiguration",
        "org.appeals.support.scheduling.SchedulingSupportConfiguration"})
@ConditionalOnBean({EventPublisher.class, net.javacrumbs.shedlock.core.LockProvider.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    Outboxes outboxes(EventPublisher publisher, MeterRegistry registry) {
        return new Outboxes(publisher, registry);
    }

    @Bean
    OutboxRelay outboxRelay(Outboxes outboxes, OutboxProperties properties, Clock clock) {
        return new OutboxRelay(outboxes, properties, clock);
    }
}
