package org.appeals.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Kafka as every service uses it. The client settings (idempotent producer, {@code acks=all}, JSON without type
 * headers, offsets committed once a poll's records are handled) are in {@code appeals-defaults.properties}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(KafkaSupportProperties.class)
public class KafkaSupportConfiguration {

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, Object> kafka, KafkaSupportProperties properties) {
        return new EventPublisher(kafka, properties.ackTimeout());
    }

    /** Boot hands this to every listener container factory it builds. */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(ProducerFactory<?, ?> producerFactory,
                                                  KafkaSupportProperties properties,
                                                  ObjectProvider<MeterRegistry> registry) {
        // a test slice without metrics still gets dead-lettering; the count then goes nowhere
        return DeadLetters.errorHandler(producerFactory, properties, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(KafkaSupportProperties properties) {
        return new KafkaAdmin.NewTopics(
                PlatformTopics.all(properties.partitions(), properties.replicas()).toArray(new org.apache.kafka.clients.admin.NewTopic[0]));
    }
}
