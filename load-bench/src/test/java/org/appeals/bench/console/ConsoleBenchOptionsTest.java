package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleBenchOptionsTest {

    @Test
    void defaultsToFiftyThousandAppealsAndTwentyRoundsAfterThreeWarmUps() {
        ConsoleBenchOptions options = ConsoleBenchOptions.parse(new String[0], Map.of());

        assertThat(options.appeals()).isEqualTo(50_000);
        assertThat(options.rounds()).isEqualTo(20);
        assertThat(options.warmup()).isEqualTo(3);
        assertThat(options.gateway()).hasToString("http://localhost:8080");
        assertThat(options.kafka()).isEqualTo("127.0.0.1:9092");
        assertThat(options.samples()).isEqualTo(ConsoleBenchOptions.DEFAULT_SAMPLES);
    }

    @Test
    void readsTheOptionsAndTheSampleFiles() {
        ConsoleBenchOptions options = ConsoleBenchOptions.parse(new String[] {"--appeals", "500", "--rounds", "5",
                "--warmup", "0", "a.jsonl", "b.jsonl"}, Map.of("GATEWAY_URL", "http://gw:8080"));

        assertThat(options.appeals()).isEqualTo(500);
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.warmup()).isZero();
        assertThat(options.gateway()).hasToString("http://gw:8080");
        assertThat(options.samples()).containsExactly(Path.of("a.jsonl"), Path.of("b.jsonl"));
    }

    @Test
    void refusesWhatItDoesNotKnowOrCannotDo() {
        assertThatThrownBy(() -> ConsoleBenchOptions.parse(new String[] {"--keep"}, Map.of()))
                .hasMessageContaining("Unknown option --keep");
        assertThatThrownBy(() -> ConsoleBenchOptions.parse(new String[] {"--rounds", "0"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsoleBenchOptions.parse(new String[] {"--appeals"}, Map.of()))
                .hasMessageContaining("--appeals needs a value");
    }
}
