package org.appeals.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker alone: Kafka's own {@code ProducerPerformance} in a child JVM, flat out, acks=all, records the size of
 * an {@code AppealReceived}, on a topic of its own ({@code bench.raw}, one partition like the platform's topics).
 */
final class RawBroker {

    static final String TOPIC = "bench.raw";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec "
            + "\\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency");

    private RawBroker() {
    }

    /** Records per second, MB per second and producer latencies that ProducerPerformance printed last. */
    record Result(long records, double recordsPerSecond, double megabytesPerSecond, double avgMs, double maxMs,
                  int recordSize) {
    }

    static Result measure(String bootstrap, long records, int recordSize) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC,
                "--num-records", Long.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String last = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    last = SUMMARY.matcher(line).find() ? line : last;
                }
            }
            process.waitFor();
            String summary = last;
            return parse(summary, recordSize).orElseThrow(() -> new IllegalStateException(
                    "ProducerPerformance printed no summary (exit " + process.exitValue() + ")"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run ProducerPerformance: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static Optional<Result> parse(String line, int recordSize) {
        Matcher matcher = line == null ? null : SUMMARY.matcher(line);
        if (matcher == null || !matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Result(Long.parseLong(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4)),
                Double.parseDouble(matcher.group(5)), recordSize));
    }
}
