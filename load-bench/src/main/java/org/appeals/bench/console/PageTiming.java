package org.appeals.bench.console;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.appeals.bench.Percentiles;

/**
 * The timed rounds of one page for one person: the times to the last byte, how often each status came back (0: no
 * response at all), the size of the last body, and what a redirect or failure pointed at.
 */
record PageTiming(String person, String page, Percentiles time, SortedMap<Integer, Integer> statuses, long bytes,
                  String note) {

    PageTiming {
        statuses = new TreeMap<>(statuses);
    }

    /** Every round answered 200. */
    boolean allOk() {
        return statuses.size() == 1 && statuses.containsKey(200);
    }

    /** "200", or every status with its count when they differ ("200×18 503×2"); 0 is "failed". */
    String statusText() {
        if (statuses.size() == 1) {
            return name(statuses.firstKey());
        }
        return statuses.entrySet().stream().map(e -> name(e.getKey()) + "×" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String name(int status) {
        return status == 0 ? "failed" : Integer.toString(status);
    }

    static SortedMap<Integer, Integer> count(Iterable<Integer> statuses) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return counts;
    }

    static PageTiming of(String person, String page, long[] nanos, Map<Integer, Integer> statuses, long bytes,
                         String note) {
        return new PageTiming(person, page, Percentiles.of(nanos), new TreeMap<>(statuses), bytes, note);
    }
}
