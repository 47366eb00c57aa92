package org.appeals.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The producer's timeouts in appeals-defaults.properties agree with each other and with the publisher's wait. */
class ProducerTimeoutsTest {

    private static final String PRODUCER = "spring.kafka.producer.properties.";

    @Test
    void theProducerGivesARecordUpWhenThePublisherStopsWaitingAndNeverBlocksLonger() throws IOException {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("appeals-defaults.properties"));
        long ackTimeout = new KafkaSupportProperties(null, null, null, null, null).ackTimeout().toMillis();

        long maxBlock = millis(defaults, "max.block.ms");
        long request = millis(defaults, "request.timeout.ms");
        long delivery = millis(defaults, "delivery.timeout.ms");
        long linger = millis(defaults, "linger.ms");

        assertThat(ackTimeout).isLessThanOrEqualTo(2_000);
        assertThat(delivery).isEqualTo(ackTimeout);
        // Kafka refuses to start a producer whose delivery timeout is shorter than linger plus one request
        assertThat(delivery).isGreaterThanOrEqualTo(linger + request);
        assertThat(maxBlock).isLessThan(ackTimeout);
    }

    private static long millis(Properties defaults, String property) {
        return Long.parseLong(defaults.getProperty(PRODUCER + property));
    }
}
