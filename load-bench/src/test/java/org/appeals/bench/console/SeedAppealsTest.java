package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.appeals.bench.AppealBodies;
import org.appeals.bench.SampleTexts.Sample;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SeedAppealsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();
    private final SeedAppeals appeals = new SeedAppeals(new AppealBodies(List.of(
            new Sample(Channel.VK, "На улице Мира в Михайловке яма"),
            new Sample(Channel.TELEGRAM, "В Камышине не вывозят мусор")), "console-bench-1-", json), NOW, json);

    @Test
    void keysEachSubmissionAsAdaptersDo() {
        assertThat(appeals.key(0)).isEqualTo("VK:console-bench-1-0");
        assertThat(appeals.key(1)).isEqualTo("TELEGRAM:console-bench-1-1");
    }

    @Test
    void submitsTheSamplesWordsWithAReplyAddressAndAPastReceivedAt() {
        JsonNode submission = json.readTree(appeals.value(3));

        assertThat(submission.path("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(submission.path("externalId").asString()).isEqualTo("console-bench-1-3");
        assertThat(submission.path("text").asString()).startsWith("В Камышине не вывозят мусор");
        assertThat(submission.path("replyTo").path("chatId").asString()).isEqualTo("77");
        assertThat(Instant.parse(submission.path("receivedAt").asString()))
                .isBefore(NOW).isAfterOrEqualTo(NOW.minus(SeedAppeals.SPREAD));
    }

    @Test
    void spreadsTheAppealsOverTheLastThirtyDays() {
        Set<Instant> times = new HashSet<>();
        LongStream.range(0, 50_000).forEach(n -> times.add(appeals.receivedAt(n)));

        assertThat(times).hasSize(50_000)
                .allSatisfy(at -> assertThat(at).isBefore(NOW).isAfterOrEqualTo(NOW.minus(SeedAppeals.SPREAD)));
        assertThat(times.stream().filter(at -> at.isBefore(NOW.minus(SeedAppeals.SPREAD).plusSeconds(86_400 * 3))))
                .hasSizeBetween(4_000, 6_000);
    }

    @Test
    void variesTheClosingWordsSoCopiesOfOneTextAreNotAllOneIncident() {
        Set<String> tails = new HashSet<>();
        LongStream.range(0, 600).forEach(n -> tails.add(SeedAppeals.tail(n)));

        assertThat(tails).hasSizeGreaterThan(200).contains("", " Жду ответа.");
    }
}
