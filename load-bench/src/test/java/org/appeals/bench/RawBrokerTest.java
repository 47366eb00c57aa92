package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawBrokerTest {

    @Test
    void readsProducerPerformanceSummaryLine() {
        String line = "100000 records sent, 22017.613386 records/sec (12.56 MB/sec), 1313.21 ms avg latency, "
                + "1733.00 ms max latency, 1360 ms 50th, 1650 ms 95th, 1710 ms 99th, 1730 ms 99.9th.";

        RawBroker.Result result = RawBroker.parse(line, 596).orElseThrow();

        assertThat(result.records()).isEqualTo(100_000);
        assertThat(result.recordsPerSecond()).isEqualTo(22017.613386);
        assertThat(result.megabytesPerSecond()).isEqualTo(12.56);
        assertThat(result.avgMs()).isEqualTo(1313.21);
        assertThat(result.maxMs()).isEqualTo(1733.0);
        assertThat(result.recordSize()).isEqualTo(596);
    }

    @Test
    void ignoresProgressLinesWithoutTheSummary() {
        assertThat(RawBroker.parse("5001 records sent, 1000.2 records/sec", 596)).isEmpty();
        assertThat(RawBroker.parse(null, 596)).isEmpty();
    }
}
