package org.appeals.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies in nanoseconds, printed in milliseconds. */
public record Percentiles(int count, long p50, long p95, long p99, long max) {

    /** The percentiles of {@code nanos}; all zero when there are none. */
    public static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    @Override
    public String toString() {
        return count == 0 ? "no samples"
                : String.format("p50 %s  p95 %s  p99 %s  max %s ms  (n=%d)", ms(p50), ms(p95), ms(p99), ms(max), count);
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
