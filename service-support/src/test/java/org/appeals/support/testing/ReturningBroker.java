package org.appeals.support.testing;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A second embedded broker, for a test that plays the broker coming back after an outage (behind a {@link TcpGate}). */
public final class ReturningBroker {

    private ReturningBroker() {
    }

    /**
     * A started broker with the given topics. Starting, spring-kafka-test 4.0's broker sets
     * {@code spring.embedded.kafka.brokers} whatever its own property says, and leaves it set once destroyed; the other
     * tests of the JVM (their shared context, their topic readers) read that property, so it gets its value back at once.
     */
    public static EmbeddedKafkaKraftBroker start(String... topics) {
        String shared = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
        var broker = new EmbeddedKafkaKraftBroker(1, 1, topics);
        broker.brokerListProperty("appeals.test.returning-broker");
        try {
            broker.afterPropertiesSet();
        } finally {
            if (shared == null) {
                System.clearProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
            } else {
                System.setProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS, shared);
            }
        }
        return broker;
    }
}
