package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesNearestRankPercentilesOfUnsortedLatencies() {
        long[] hundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

        Percentiles p = Percentiles.of(hundred);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void aSingleLatencyIsEveryPercentile() {
        assertThat(Percentiles.of(new long[] {7_000_000})).isEqualTo(new Percentiles(1, 7_000_000, 7_000_000,
                7_000_000, 7_000_000));
    }

    @Test
    void noLatenciesSaySo() {
        assertThat(Percentiles.of(new long[0]).toString()).isEqualTo("no samples");
    }
}
