package org.appeals.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The incident pages render their rows, card links and the two-step split. */
class IncidentPagesRenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private static IncidentView incident() {
        return IncidentView.of(JSON.readTree(("{'incidentId':'00000000-0000-4000-8000-0000000000aa',"
                + "'departmentId':'kamyshin-roads','category':'ROADS','municipality':'KAMYSHIN',"
                + "'openedAt':'2026-12-01T06:00:00Z','lastReportAt':'2026-12-02T06:00:00Z','members':["
                + "{'appealId':'" + A + "','receivedAt':'2026-12-01T06:00:00Z'},"
                + "{'appealId':'" + B + "','receivedAt':'2026-12-02T06:00:00Z'}]}").replace('\'', '"')), Map.of());
    }

    @Test
    void listsIncidentsWithRowIds() {
        Document page = render("incidents/list", new HashMap<>(Map.of("incidents", List.of(incident()))));

        assertThat(page.getElementById("row-" + incident().incidentId()).text()).contains("2", "Дороги", "Камышин");
    }

    @Test
    void asksForConfirmationBeforeSplitting() {
        Map<String, Object> model = new HashMap<>();
        model.put("incident", incident());
        model.put("members", List.of(new MemberState(A, "1 декабря", "в работе", "ответа нет"),
                new MemberState(B, "2 декабря", "в работе", "ответа нет")));
        model.put("answerState", "ответа нет (у всех обращений)");
        model.put("split", null);

        Document list = render("incidents/incident", model);
        assertThat(list.getElementById("split-" + B).tagName()).isEqualTo("button");
        assertThat(list.select("#row-" + A + " a").attr("href")).isEqualTo("/console/appeals/" + A);
        assertThat(list.getElementById("split-confirm")).isNull();

        model.put("split", B);
        Document confirm = render("incidents/incident", model);
        assertThat(confirm.getElementById("split-confirm").tagName()).isEqualTo("button");
        assertThat(confirm.select("#split-confirm-panel input[name=appealId]").val()).isEqualTo(B.toString());
    }

    static Document render(String template, Map<String, Object> model) {
        return org.appeals.console.search.TemplatePages.render(template, model);
    }
}
