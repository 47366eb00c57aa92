package org.appeals.support.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Kafka as every service uses it. The client settings (idempotent producer, {@code acks=all}, JSON without type
 * headers, commits after each record) are in {@code appeals-defaults.properties}.
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
                                                  KafkaSupportProperties properties) {
        return DeadLetters.errorHandler(producerFactory, properties);
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(KafkaSupportProperties properties) {
        return new KafkaAdmin.NewTopics(
                PlatformTopics.all(properties.partitions(), properties.replicas()).toArray(new org.apache.kafka.clients.admin.NewTopic[0]));
    }
}
