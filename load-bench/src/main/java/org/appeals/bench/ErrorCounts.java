package org.appeals.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Failed requests by step and reason ("submit HTTP 429", "answer timeout"), for the report. */
final class ErrorCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String step, String reason) {
        counts.computeIfAbsent(step + " " + reason, key -> new LongAdder()).increment();
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted.isEmpty() ? "none" : sorted.toString();
    }
}
