package org.appeals.intake.support;

import java.util.UUID;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake service on a real in-JVM Kafka broker and a MongoDB-wire server over TCP, driven over HTTP. Every
 * integration test class extending this shares one application context (and so one broker and one database):
 * tests keep apart by using their own appeal ids and external ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "appeals.kafka.retry-interval=50ms", "appeals.outbox.interval=300ms",
                "appeals.intake.open311.api-keys=test-open311-key,second-open311-key,demo-open311"})
@EmbeddedKafka(partitions = 1) // KRaft: the only mode spring-kafka 4 has
public abstract class EmbeddedIntakeTest {

    /** Lives as long as the cached context that uses it; the test JVM's exit ends both. */
    private static final MongoWireServer MONGO = MongoWireServer.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    private EmbeddedKafkaBroker broker;

    /** This context's broker (not whatever system property a later broker may have set). */
    protected String brokers;

    @BeforeEach
    void findBroker() {
        brokers = broker.getBrokersAsString();
    }

    protected IntakeClient client() {
        return new IntakeClient(port);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
