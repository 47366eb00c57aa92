package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackCpuTest {

    @Test
    void namesEachPartOfTheLocalStackByItsCommandLine() {
        assertThat(StackCpu.partOf("java -Xmx320m -jar /w/intake-service/target/intake-service-0.1.0-SNAPSHOT-exec.jar"))
                .contains("intake-service");
        assertThat(StackCpu.partOf("java -jar gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar")).contains("gateway");
        assertThat(StackCpu.partOf("java -cp a.jar kafka.Kafka /tmp/server.properties")).contains("kafka");
        assertThat(StackCpu.partOf("java -cp x org.appeals.embeddedmongo.EmbeddedMongoServer --port 27017"))
                .contains("mongodb");
        assertThat(StackCpu.partOf("java -cp x org.appeals.launcher.stub.ChannelStub")).contains("channel-stub");
        assertThat(StackCpu.partOf("/usr/bin/bash ./run-local.sh")).isEmpty();
        assertThat(StackCpu.partOf("")).isEmpty();
    }

    @Test
    void readsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 56 0 0 20 0 40 0 100 0 0";

        assertThat(StackCpu.cpuTicks(stat)).isEqualTo(1234 + 56);
    }

    @Test
    void reportsCpuPerAppealCostliestPartFirst() {
        var report = new Report(BenchOptions.parse(new String[0], Map.of()), null, null, null, 0,
                java.util.Optional.empty(), Map.of("gateway", 2.0, "intake-service", 3.0));

        assertThat(report.cpuPerAppeal(1000)).isEqualTo("total 5.00 ms per appeal = intake-service 3.00 + gateway 2.00");
    }
}
