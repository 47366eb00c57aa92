package org.appeals.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheLastLinesOfALargeLog() throws Exception {
        Path log = dir.resolve("big.log");
        Files.writeString(log, IntStream.rangeClosed(1, 20_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));

        String tail = LogTail.read(log, 3);

        assertThat(tail).isEqualTo("line 19998\nline 19999\nline 20000");
    }

    @Test
    void saysSoWhenTheLogIsMissing() {
        assertThat(LogTail.read(dir.resolve("none.log"), 5)).contains("not readable");
    }
}
