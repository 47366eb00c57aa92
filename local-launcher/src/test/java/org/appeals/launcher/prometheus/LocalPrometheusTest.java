package org.appeals.launcher.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPrometheusTest {

    @TempDir
    Path dir;

    @Test
    void theConfigScrapesTheServicesOnTheirActualPortsAndLoadsTheRepositorysRules() throws Exception {
        Path repo = ServiceJars.repoRoot();

        String config = Files.readString(LocalPrometheus.writeConfig(repo, dir, Map.of(8081, 41081, 8080, 41080)));

        assertThat(config).contains("\"localhost:41081\"").contains("\"localhost:41080\"")
                .doesNotContain("\"localhost:8081\"").contains("\"localhost:8082\"")
                .contains("  - " + repo.resolve("ops/prometheus/rules").toAbsolutePath() + "/*.yml");
    }

    @Test
    void switchedOffOrAMissingBinaryMeansNoPrometheus() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("bin")).resolve("prometheus");
        Files.writeString(fake, "#!/bin/sh\n");
        fake.toFile().setExecutable(true);

        assertThat(LocalPrometheus.binary(Map.of("PATH", dir.resolve("bin").toString()))).contains(fake);
        assertThat(LocalPrometheus.binary(Map.of("PATH", dir.resolve("bin").toString(), "APPEALS_PROMETHEUS", "off")))
                .isEmpty();
        assertThat(LocalPrometheus.binary(Map.of("PATH", dir.toString()))).isEmpty();
        assertThat(LocalPrometheus.binary(Map.of("PROMETHEUS_BIN", dir.resolve("nothing-here").toString()))).isEmpty();
    }
}
