package org.appeals.routing;

import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the integration tests of the running service share: the MongoDB-wire server (one per test JVM; each test
 * class names its own database), the event publisher, HTTP calls to the random port, a reader of
 * appeals.assigned and a look into the appeals' outbox. Subclasses carry their own {@code @SpringBootTest}, {@code @EmbeddedKafka} and
 * {@code @DirtiesContext} (closed with the class, not at JVM exit where it would race Kafka's own temp-dir
 * cleanup and hang the fork).
 */
abstract class RunningRoutingService {

    static final MongoWireServer mongo = MongoWireServer.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // short server selection, so nothing waits long on the server once a context has closed
        registry.add("spring.mongodb.uri", () -> mongo.uri() + "/?serverSelectionTimeoutMS=3000");
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    MongoDatabase database;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @LocalServerPort
    int port;

    ServiceCalls calls;
    AssignedEvents assigned;

    @BeforeEach
    void open() {
        calls = new ServiceCalls(port);
        assigned = new AssignedEvents(brokers);
    }

    @AfterEach
    void close() {
        assigned.close();
    }

    /** Whether every decision about the appeal has left its outbox, acknowledged by appeals.assigned. */
    boolean published(UUID appealId) {
        return StoredOutbox.pending(database, "appeals", appealId).isEmpty();
    }
}
