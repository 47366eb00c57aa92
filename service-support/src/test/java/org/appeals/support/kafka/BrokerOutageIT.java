package org.appeals.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request that must publish while no broker answers: the producer's defaults (max.block.ms, delivery.timeout.ms) and
 * the publisher's ack timeout refuse it within about 2 s, not after the Kafka client's 60 s.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=broker-outage-test", "spring.kafka.listener.auto-startup=false",
                "spring.kafka.admin.auto-create=false"})
class BrokerOutageIT {

    static final MongoWireServer mongo = MongoWireServer.start();
    static final int BROKER_PORT = closedPort();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + BROKER_PORT);
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aPublishWithoutABrokerIsRefusedWith503AndRetryAfterWithinTheAckTimeout() {
        Probe publish = Probe.post(port, "/test/events/key-1");

        assertThat(publish.status()).isEqualTo(503);
        assertThat(publish.header("Retry-After")).isEqualTo("5");
        assertThat(publish.header("Content-Type")).startsWith("application/problem+json");
        assertThat(publish.body()).doesNotContain("Exception").doesNotContainIgnoringCase("kafka");
        // the default ack timeout (2 s) plus the request's own handling
        assertThat(publish.took()).isLessThan(Duration.ofSeconds(3));
    }

    /** A loopback port nothing listens on once this returns. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
