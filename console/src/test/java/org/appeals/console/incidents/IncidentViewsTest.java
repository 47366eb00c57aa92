package org.appeals.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** department-service's incidents and member appeals as the incident pages show them. */
class IncidentViewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static JsonNode incident(String id, int members, String lastReportAt) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= members; i++) {
            list.append(i > 1 ? "," : "").append("{'appealId':'00000000-0000-4000-8000-00000000000").append(i)
                    .append("','receivedAt':'2026-12-0").append(i).append("T06:00:00Z'}");
        }
        return json("{'incidentId':'00000000-0000-4000-8000-0000000000" + id + "','departmentId':'kamyshin-roads',"
                + "'category':'ROADS','municipality':'KAMYSHIN','openedAt':'2026-12-01T06:00:00Z',"
                + "'lastReportAt':'" + lastReportAt + "','members':[" + list + "]}");
    }

    @Test
    void readsAnIncidentWithItsDepartmentsNameAndMembers() {
        IncidentView view = IncidentView.of(incident("aa", 3, "2026-12-03T06:00:00Z"),
                Map.of("kamyshin-roads", "Дороги Камышина"));

        assertThat(view.departmentName()).isEqualTo("Дороги Камышина");
        assertThat(view.category()).isEqualTo("Дороги");
        assertThat(view.municipality()).isEqualTo("Камышин");
        assertThat(view.size()).isEqualTo(3);
        assertThat(view.members().get(0).appealId()).isEqualTo(A);
        assertThat(view.members().get(0).received()).isEqualTo("1 декабря 2026, 09:00");
        assertThat(IncidentView.of(incident("aa", 2, "2026-12-03T06:00:00Z"), Map.of()).departmentName())
                .isEqualTo("kamyshin-roads");
    }

    @Test
    void listsTheLargestFirstThenTheLatest() {
        List<String> order = Stream.of(incident("01", 2, "2026-12-03T06:00:00Z"),
                        incident("02", 4, "2026-12-01T06:00:00Z"), incident("03", 2, "2026-12-04T06:00:00Z"))
                .map(i -> IncidentView.of(i, Map.of())).sorted(IncidentView.LARGEST_FIRST)
                .map(i -> i.incidentId().toString().substring(34)).toList();

        assertThat(order).containsExactly("02", "03", "01");
    }

    @Test
    void saysWhereTheIncidentsAnswerStands() {
        JsonNode waiting = json("{'state':'IN_REVIEW','answers':[{'kind':'INTERIM','text':'Скоро'},"
                + "{'kind':'FINAL','text':'Готово','review':{'status':'PENDING','flags':[]}}]}");
        JsonNode fresh = json("{'state':'ASSIGNED','answers':[]}");
        MemberState one = MemberState.of(A, "", waiting);
        MemberState two = MemberState.of(A, "", fresh);

        assertThat(one.state()).isEqualTo("ответ на проверке в ЦУР");
        assertThat(one.answer()).isEqualTo("ответ на проверке");
        assertThat(two.answer()).isEqualTo("ответа нет");
        assertThat(AnswerSummary.of(List.of(one, one))).isEqualTo("ответ на проверке (у всех обращений)");
        assertThat(AnswerSummary.of(List.of(one, two, one))).isEqualTo("ответ на проверке: 2; ответа нет: 1");
    }
}
