package org.appeals.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The triage pages render with the ids the browser tests click and the pickers preselected. */
class TriagePagesRenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID APPEAL = UUID.fromString("7b0c3f52-9a2e-4a57-8a8e-6f1c2d3e4f50");

    private static TriageItem item() {
        return TriageItem.of(JSON.readTree(("{'appealId':'" + APPEAL + "','channel':'TELEGRAM',"
                + "'receivedAt':'2026-12-04T07:00:00Z','text':'<b>Яма</b> в Камышине','suggestedCategory':'ROADS',"
                + "'suggestedMunicipality':'KAMYSHIN','reason':{'ruleId':'triage:low-confidence','matchedTerms':['яма'],"
                + "'confidence':0.3,'explanation':'low'},'declinedBy':[]}").replace('\'', '"')));
    }

    @Test
    void listsTheQueueWithRowAndOpenIds() {
        Document page = render("triage/queue", new HashMap<>(Map.of("items", List.of(item()), "limit", 100)));

        assertThat(page.getElementById("row-" + APPEAL).text()).contains("Telegram", "Дороги", "30 %");
        assertThat(page.getElementById("open-" + APPEAL).attr("href")).isEqualTo("/console/triage/" + APPEAL);
        assertThat(page.select("#triage-queue caption").text()).isEqualTo("Ждут разбора: 1");
        assertThat(page.getElementById("triage-capped")).isNull();
    }

    @Test
    void aFullPageSaysItShowsOnlyTheOldest() {
        Document page = render("triage/queue", new HashMap<>(Map.of("items", List.of(item()), "limit", 1)));

        assertThat(page.getElementById("triage-capped").text()).isEqualTo(
                "Показаны 1 самых давних; сколько ждут всего — на странице «Сегодня».");
    }

    @Test
    void offersThePickersAndThePlaceButtonWithTheErrorBesideIt() {
        RoutingDirectory directory = RoutingDirectory.of(JSON.readTree(("[{'id':'kamyshin-roads',"
                        + "'name':'Дороги Камышина','municipality':'KAMYSHIN','categories':['ROADS'],'active':true}]")
                        .replace('\'', '"')),
                JSON.readTree(("{'rules':[{'category':'ROADS','municipality':'KAMYSHIN',"
                        + "'departmentId':'kamyshin-roads'}]}").replace('\'', '"')));
        Map<String, Object> model = new HashMap<>();
        model.put("item", item());
        model.put("pickers", Pickers.of(item(), null, null, null, directory,
                new Me("cur", Role.OPERATOR, true, List.of(), List.of())));
        model.put("errors", Map.of("place", "Данные не приняты."));

        Document page = render("triage/item", model);

        assertThat(page.getElementById("triage-text").html()).doesNotContain("<b>");
        assertThat(page.getElementById("triage-explanation").text()).isEqualTo("low");
        for (String id : List.of("triage-category", "triage-municipality", "triage-department")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.select("#triage-category option[selected]").val()).isEqualTo("ROADS");
        assertThat(page.select("#triage-municipality option[selected]").val()).isEqualTo("KAMYSHIN");
        assertThat(page.select("#triage-department option[selected]").val()).isEqualTo("kamyshin-roads");
        assertThat(page.getElementById("triage-place").tagName()).isEqualTo("button");
        assertThat(page.getElementById("error-place").text()).isEqualTo("Данные не приняты.");
    }

    static Document render(String template, Map<String, Object> model) {
        return org.appeals.console.search.TemplatePages.render(template, model);
    }
}
