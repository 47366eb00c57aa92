package org.appeals.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time each process of the local stack (and the bench itself) spent between two snapshots, read from
 * {@code /proc/<pid>/stat}: divided by the appeals of the run, it says which part costs what per appeal, the first
 * thing to know on a machine whose cores all parts share. Linux only; elsewhere the snapshot is empty.
 */
public final class StackCpu {

    /** Linux reports utime and stime in clock ticks of 1/100 s on every architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern SERVICE_JAR = Pattern.compile("([a-z-]+)-\\d[^/ ]*-exec\\.jar");

    private final Map<String, Long> ticksByPart;

    private StackCpu(Map<String, Long> ticksByPart) {
        this.ticksByPart = ticksByPart;
    }

    /** The CPU ticks of every part of the local stack now running. */
    public static StackCpu snapshot() {
        Map<String, Long> ticks = new TreeMap<>();
        long self = ProcessHandle.current().pid();
        try (var processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(dir -> {
                long pid = Long.parseLong(dir.getFileName().toString());
                Optional<String> part = pid == self ? Optional.of("load-bench") : partOf(read(dir.resolve("cmdline")));
                part.ifPresent(name -> ticks.merge(name, cpuTicks(read(dir.resolve("stat"))), Long::sum));
            });
        } catch (IOException | RuntimeException e) {
            return new StackCpu(Map.of());
        }
        return new StackCpu(ticks);
    }

    /** The stack part a command line belongs to, by what the local launcher starts. */
    static Optional<String> partOf(String commandLine) {
        if (commandLine.isEmpty()) {
            return Optional.empty();
        }
        Matcher jar = SERVICE_JAR.matcher(commandLine);
        if (jar.find()) {
            return Optional.of(jar.group(1));
        }
        if (commandLine.contains("kafka.Kafka")) {
            return Optional.of("kafka");
        }
        if (commandLine.contains("EmbeddedMongoServer")) {
            return Optional.of("mongodb");
        }
        if (commandLine.contains("ChannelStub")) {
            return Optional.of("channel-stub");
        }
        return Optional.empty();
    }

    /** utime + stime: fields 14 and 15, counted after the command name, which may hold spaces and parentheses. */
    static long cpuTicks(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU seconds per part from {@code before} to this snapshot; parts that started in between count from zero. */
    public Map<String, Double> secondsSince(StackCpu before) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticksByPart.forEach((part, ticks) ->
                seconds.put(part, (ticks - before.ticksByPart.getOrDefault(part, 0L)) / TICKS_PER_SECOND));
        return seconds;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
