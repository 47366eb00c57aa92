package org.appeals.notification.tracking;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.Receipt;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.delivery.latency} (channel, status): from the answer (the delivery's creation when the answer was
 * consumed) to the adapter's receipt, as a histogram; recorded once per delivery round.
 */
@Component
class ReceiptMetrics {

    private final MeterRegistry registry;

    ReceiptMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(Delivery delivery, Receipt receipt) {
        Timer.builder("appeals.delivery.latency")
                .description("from the answer to the channel adapter's receipt")
                .tags("channel", delivery.channel().name(), "status", receipt.status().name().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.between(delivery.createdAt(), receipt.at()));
    }
}
