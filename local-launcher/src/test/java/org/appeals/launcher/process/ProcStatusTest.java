package org.appeals.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatusTest {

    @Test
    void readsResidentMemoryInBytesFromTheVmRssLine() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 3000000 kB", "VmRSS:\t  204800 kB", "Threads:\t40");

        assertThat(ProcStatus.parseResidentBytes(status)).isEqualTo(204800L * 1024);
    }

    @Test
    void isZeroWithoutAVmRssLineOrForAProcessThatIsGone() {
        assertThat(ProcStatus.parseResidentBytes(List.of("Name:\tzombie"))).isZero();
        assertThat(ProcStatus.residentBytes(Long.MAX_VALUE)).isZero();
    }

    @Test
    void readsThisJvmsOwnResidentMemory() {
        assertThat(ProcStatus.residentBytes(ProcessHandle.current().pid())).isGreaterThan(1024 * 1024);
    }
}
