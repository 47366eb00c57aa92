package org.appeals.console.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** department-service's overdue appeals as rows: how late each is, the latest first. */
class OverdueRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static JsonNode appeal(String id, String... flags) {
        return JSON.readTree(("{'appealId':'00000000-0000-4000-8000-00000000000" + id + "','state':'IN_PROGRESS',"
                + "'departmentId':'kamyshin-roads','departmentName':'Дороги Камышина',"
                + "'category':{'code':'ROADS','name':'Дороги'},'municipality':{'code':'KAMYSHIN','name':'Камышин'},"
                + "'assignedAt':'2026-12-01T06:00:00Z','text':'Яма','overdue':[" + String.join(",", flags) + "]}")
                .replace('\'', '"'));
    }

    private static String flag(String kind, String dueAt) {
        return "{'deadline':'" + kind + "','dueAt':'" + dueAt + "','flaggedAt':'" + dueAt + "'}";
    }

    @Test
    void namesAMissedPromiseAndAnUnknownDeadlineInTheColumnsShortWords() {
        OverdueRow promised = OverdueRow.of(appeal("2", flag("PROMISED", "2026-12-03T20:59:59Z")), NOW);
        OverdueRow unknown = OverdueRow.of(appeal("3", flag("SOMETHING_NEW", "2026-12-03T20:59:59Z")), NOW);

        assertThat(promised.missed()).isEqualTo("обещанный срок");
        assertThat(unknown.missed()).isEqualTo("срок");
    }

    @Test
    void countsLatenessFromTheEarliestMissedDeadline() {
        OverdueRow row = OverdueRow.of(appeal("1", flag("ANSWER", "2026-12-04T06:00:00Z"),
                flag("FIRST_REACTION", "2026-12-02T12:00:00Z")), NOW);

        assertThat(row.late()).isEqualTo(Duration.ofDays(2));
        assertThat(row.missed()).isEqualTo("первая реакция");
        assertThat(row.deadline().tone()).isEqualTo("red");
        assertThat(row.deadline().label()).isEqualTo("просрочено на 2 дн. 0 ч");
        assertThat(row.state()).isEqualTo("в работе");
        assertThat(row.municipality()).isEqualTo("Камышин");
        assertThat(row.departmentName()).isEqualTo("Дороги Камышина");
    }

    @Test
    void sortsTheMostLateFirst() {
        List<OverdueRow> rows = Stream.of(
                        OverdueRow.of(appeal("1", flag("ANSWER", "2026-12-04T06:00:00Z")), NOW),
                        OverdueRow.of(appeal("2", flag("ANSWER", "2026-11-30T06:00:00Z")), NOW),
                        OverdueRow.of(appeal("3", flag("FIRST_REACTION", "2026-12-03T06:00:00Z")), NOW))
                .sorted(OverdueRow.MOST_LATE_FIRST).toList();

        assertThat(rows).extracting(row -> row.appealId().toString().substring(35)).containsExactly("2", "3", "1");
    }
}
