package org.appeals.console.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The overdue page renders its rows with badges, card links and the department filter. */
class OverduePageRenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void showsEachRowWithItsBadgeAndCardLink() {
        String id = "00000000-0000-4000-8000-000000000001";
        OverdueRow row = OverdueRow.of(JSON.readTree(("{'appealId':'" + id + "','state':'ASSIGNED',"
                + "'departmentId':'kamyshin-roads','departmentName':'Дороги Камышина','municipality':{'name':'Камышин'},"
                + "'category':{'name':'Дороги'},'overdue':[{'deadline':'FIRST_REACTION',"
                + "'dueAt':'2026-12-03T12:00:00Z'}]}").replace('\'', '"')), Instant.parse("2026-12-04T12:00:00Z"));
        Map<String, Object> model = new HashMap<>();
        model.put("rows", List.of(row));
        model.put("departmentId", "kamyshin-roads");
        model.put("departments", List.of(new DepartmentChoice("kamyshin-roads", "Дороги Камышина", true)));

        Document page = render("overdue/overdue", model);

        assertThat(page.select("#row-" + id + " .badge.red").text()).isEqualTo("просрочено на 1 дн. 0 ч");
        assertThat(page.select("#row-" + id + " a").attr("href")).isEqualTo("/console/appeals/" + id);
        assertThat(page.select("label[for=overdue-department]")).hasSize(1);
        assertThat(page.select("#overdue-department option[selected]").val()).isEqualTo("kamyshin-roads");
    }

    static Document render(String template, Map<String, Object> model) {
        return org.appeals.console.search.TemplatePages.render(template, model);
    }
}
