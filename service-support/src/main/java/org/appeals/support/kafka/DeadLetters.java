package org.appeals.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.Masking;
import org.appeals.contracts.Topics;
import org.appeals.support.outage.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Builds the error handler every listener uses: a few spaced retries for a failing record, then the record goes to
 * {@code <topic>.dlt} with the exception in its headers and the consumer moves on. Records that cannot be read or are
 * invalid skip the retries; failures of the database or the broker are retried until they pass, since the record
 * itself is fine.
 */
final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    static DefaultErrorHandler errorHandler(ProducerFactory<?, ?> producerFactory, KafkaSupportProperties properties,
                                            MeterRegistry registry) {
        var recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate(producerFactory),
                (record, exception) -> new TopicPartition(topicFor(record), -1));
        var bounded = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        bounded.setMaxAttempts(properties.retryAttempts());
        var handler = new DefaultErrorHandler(new DeadLetterCounter(recoverer, registry), bounded);
        handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
        handler.setBackOffFunction((record, failure) ->
                Outages.isOutage(failure) ? untilTheInfrastructureIsBack(properties) : null);
        handler.setRetryListeners(DeadLetters::logFailedAttempt);
        return handler;
    }

    /**
     * Every failed attempt at WARN, so a listener that keeps failing is seen before its record is dead-lettered;
     * where the record is, and the exception's type and message, never the record's value (a resident's words).
     */
    private static void logFailedAttempt(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        log.warn("attempt {} at {}-{}@{} (key {}) failed: {}: {}", attempt, record.topic(), record.partition(),
                record.offset(), loggableKey(record.key()), cause.getClass().getName(), cause.getMessage());
    }

    /** Appeal ids as they are; an adapter's key ({@code <channel>:<externalId>}) masked like any foreign id. */
    private static String loggableKey(Object key) {
        if (key == null) {
            return null;
        }
        String text = key.toString();
        return text.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}") ? text : Masking.mask(text);
    }

    /** The dead-letter topic of the record's topic. */
    static String topicFor(ConsumerRecord<?, ?> record) {
        return Topics.deadLetter(record.topic());
    }

    /** No attempt limit; the pause grows to half a minute so a long outage is not hammered. */
    private static ExponentialBackOff untilTheInfrastructureIsBack(KafkaSupportProperties properties) {
        var backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    /**
     * Unreadable records arrive as the raw bytes, readable ones as the event object: the dead-letter producer
     * writes each in its own way, so what lands in the DLT is exactly what can be replayed.
     */
    private static KafkaTemplate<Object, Object> deadLetterTemplate(ProducerFactory<?, ?> producerFactory) {
        // the connection and reliability settings of the service's producer, without its serializer settings
        Map<String, Object> configs = new HashMap<>();
        producerFactory.getConfigurationProperties().forEach((key, value) -> {
            if (!key.startsWith("spring.json.")) {
                configs.put(key, value);
            }
        });
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer()); // checked first: byte[] is an Object too
        byType.put(Object.class, new JacksonJsonSerializer<>().noTypeInfo());
        var valueSerializer = new DelegatingByTypeSerializer(byType, true);
        Serializer<Object> keySerializer = cast(new StringSerializer());
        Serializer<Object> values = cast(valueSerializer);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(configs, keySerializer, values));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Serializer<Object> cast(Serializer serializer) {
        return serializer;
    }
}
