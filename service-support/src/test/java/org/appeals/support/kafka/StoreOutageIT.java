package org.appeals.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every service does while its MongoDB is away: refuses quickly and honestly, and recovers by itself. */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=outage-test"})
@EmbeddedKafka(partitions = 1)
class StoreOutageIT {

    private static final Duration QUICK = Duration.ofSeconds(2);

    static MongoWireServer mongo = MongoWireServer.start();
    static final int MONGO_PORT = mongo.port();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        // no timeouts in the URI: the ones under test are service-support's defaults
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT);
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @LocalServerPort
    int port;

    @Test
    void whileTheStoreIsAwayWritesAndReadsGet503WithRetryAfterWithinTwoSecondsHealthIsDownAndAllResumesAfter() {
        assertThat(Probe.post(port, "/test/notes/before").status()).isEqualTo(201);
        assertThat(Probe.get(port, "/actuator/health").status()).isEqualTo(200);

        mongo.close();

        Probe write = Probe.post(port, "/test/notes/during");
        assertRefusedQuicklyAndHonestly(write);
        assertRefusedQuicklyAndHonestly(Probe.get(port, "/test/notes/before"));
        Probe health = Probe.get(port, "/actuator/health");
        assertThat(health.took()).isLessThan(QUICK);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");

        mongo = MongoWireServer.startOn(MONGO_PORT);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Probe.post(port, "/test/notes/after").status()).isEqualTo(201));
        assertThat(Probe.get(port, "/test/notes/after").status()).isEqualTo(200);
        assertThat(Probe.get(port, "/actuator/health").status()).isEqualTo(200);
    }

    private static void assertRefusedQuicklyAndHonestly(Probe probe) {
        assertThat(probe.took()).isLessThan(QUICK);
        assertThat(probe.status()).isEqualTo(503);
        assertThat(probe.header("Retry-After")).isEqualTo("5");
        assertThat(probe.header("Content-Type")).startsWith("application/problem+json");
        // nothing of the internals: no driver, exception, host or port
        assertThat(probe.body()).contains("\"status\":503").doesNotContainIgnoringCase("mongo")
                .doesNotContain("Exception").doesNotContain("127.0.0.1").doesNotContain(Integer.toString(MONGO_PORT));
    }
}
