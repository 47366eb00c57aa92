package org.appeals.bench;

import java.util.Arrays;

/** Latencies appended from many threads, read once at the end. */
final class LatencyLog {

    private long[] nanos = new long[1 << 14];
    private int size;

    synchronized void add(long latency) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latency;
    }

    synchronized long[] values() {
        return Arrays.copyOf(nanos, size);
    }
}
