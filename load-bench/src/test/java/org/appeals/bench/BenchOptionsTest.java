package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsToFlatOutForThirtySecondsWithoutAnswering() {
        BenchOptions options = BenchOptions.parse(new String[0], Map.of());

        assertThat(options.flatOut()).isTrue();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.answer()).isFalse();
        assertThat(options.samples()).isEqualTo(BenchOptions.DEFAULT_SAMPLES);
    }

    @Test
    void readsRateSecondsAnswerAndSampleFiles() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rate", "500", "--seconds", "45", "--warmup-seconds", "20", "--answer",
                "a.jsonl", "b.jsonl"}, Map.of("GATEWAY_URL", "http://gw:8080"));

        assertThat(options.rate()).isEqualTo(500);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(45));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.withDuration(Duration.ofSeconds(20)).warmup()).isZero();
        assertThat(options.answer()).isTrue();
        assertThat(options.gateway().toString()).isEqualTo("http://gw:8080");
        assertThat(options.samples()).containsExactly(Path.of("a.jsonl"), Path.of("b.jsonl"));
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rat", "5"}, Map.of()))
                .hasMessageContaining("--rat");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rate"}, Map.of()))
                .hasMessageContaining("--rate needs a value");
    }
}
