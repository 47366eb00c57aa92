package org.appeals.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The figures of one run, printed as the README quotes them. */
record Report(BenchOptions options, LoadGenerator.Run run, Ledger ledger, ErrorCounts errors, long approved,
              Optional<RawBroker.Result> raw, Map<String, Double> cpuSeconds) {

    void print(PrintStream out) {
        long accepted = ledger.accepted();
        double seconds = run.nanos() / 1e9;
        double acceptedPerSecond = accepted / seconds;
        long inInbox = ledger.count(t -> t.inboxAt != 0);
        long triaged = ledger.count(t -> t.triaged && t.inboxAt == 0);
        long missing = ledger.count(t -> !t.placed());
        out.println();
        out.println("== Load bench: " + options.describe());
        out.println("machine       " + Machine.describe());
        out.printf("sent          %d in %.1f s; accepted (202) %d = %.1f appeals/s%n", run.sent(), seconds, accepted,
                acceptedPerSecond);
        out.println("errors        " + errors.total() + " " + errors);
        out.println("202 latency   " + Percentiles.of(run.acceptLatencies()));
        out.println("to inbox      " + Percentiles.of(ledger.latencies(t -> t.inboxAt != 0, Trace::toInbox)));
        if (options.answer()) {
            out.println("to reply      " + Percentiles.of(ledger.latencies(t -> t.replyAt != 0, Trace::toReply))
                    + "  (approved " + approved + ")");
        }
        out.printf("accounted     %d in an inbox + %d in triage of %d accepted; %d not accounted for%s%n", inInbox,
                triaged, accepted, missing, options.answer()
                        ? "; replies seen " + ledger.count(t -> t.replyAt != 0) : "");
        out.println(missing == 0 ? "lost          none: every accepted appeal accounted for"
                : "NOT PLACED    " + missing + " within the drain window (--drain-seconds " + options.drain().toSeconds()
                + "): still queued behind the backlog, or lost");
        if (!cpuSeconds.isEmpty() && accepted > 0) {
            out.println("cpu           " + cpuPerAppeal(accepted) + "  (while sending and draining; 1 core = 1000 ms/s)");
        }
        raw.ifPresent(result -> {
            out.printf("raw broker    ProducerPerformance %d records x %d B, acks=all: %.0f records/s, %.2f MB/s, "
                            + "avg %.1f ms, max %.1f ms%n", result.records(), result.recordSize(),
                    result.recordsPerSecond(), result.megabytesPerSecond(), result.avgMs(), result.maxMs());
            out.printf("ratio         platform/raw = %.1f / %.0f = %.2f%%%n", acceptedPerSecond,
                    result.recordsPerSecond(), 100 * acceptedPerSecond / result.recordsPerSecond());
        });
    }

    /** "total 12.3 ms per appeal = gateway 3.1 + intake-service 2.9 + ...", the costliest part first. */
    String cpuPerAppeal(long accepted) {
        double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "total %.2f ms per appeal = ", 1000 * total / accepted) + cpuSeconds.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), 1000 * e.getValue() / accepted))
                .collect(Collectors.joining(" + "));
    }
}
