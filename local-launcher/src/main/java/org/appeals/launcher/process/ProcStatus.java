package org.appeals.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a process's resident memory from Linux's {@code /proc/<pid>/status}. */
final class ProcStatus {

    private ProcStatus() {
    }

    static long residentBytes(long pid) {
        try {
            return parseResidentBytes(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return 0; // the process just ended, or this is not Linux
        }
    }

    /** {@code VmRSS:   123456 kB} becomes 123456 * 1024. */
    static long parseResidentBytes(List<String> statusLines) {
        return statusLines.stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring("VmRSS:".length()).trim().split("\\s+")[0])
                .mapToLong(kilobytes -> Long.parseLong(kilobytes) * 1024)
                .findFirst()
                .orElse(0);
    }
}
