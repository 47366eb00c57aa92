package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

class SearchPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Me OPERATOR = new Me("cur-operator", Role.OPERATOR, true, List.of(), List.of());

    private static Map<String, Object> model(SearchForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("me", OPERATOR);
        model.put("form", form);
        model.put("statusOptions", AppealStatuses.options());
        model.put("categoryOptions", Pickers.categories());
        model.put("municipalityOptions", Pickers.municipalities());
        model.put("channelOptions", Pickers.channels());
        model.put("departmentOptions", List.of(new Option("mikhailovka-roads", "Дороги (Михайловка)")));
        return model;
    }

    private static SearchForm form(String... namesAndValues) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SearchForm.of(params);
    }

    @Test
    void rendersTheFormTheRowsAndThePagerWithTheirIds() {
        SearchForm form = form("q", "яма", "status", "ASSIGNED", "page", "1");
        Map<String, Object> model = model(form);
        model.put("results", SearchResults.of(JSON.readTree("""
                {"items":[{"appealId":"1a2b3c4d-0000-4000-8000-000000000001","number":"1a2b3c4d",
                  "receivedAt":"2026-12-01T07:00:00Z","status":"ASSIGNED","channel":"VK",
                  "category":{"code":"ROADS","title":"Дороги"},"municipality":null,"department":null,
                  "excerpt":"Яма","dueAt":"2026-12-03T07:00:00Z","overdue":true}],
                 "page":1,"size":25,"total":60}"""), Instant.parse("2026-12-04T12:00:00Z"), OPERATOR));

        Document page = TemplatePages.render("search/search", model);

        assertThat(List.of("search-q", "search-id", "search-status", "search-category", "search-municipality",
                "search-department", "search-channel", "search-from", "search-to", "search-overdue",
                "search-submit", "search-total", "page-next", "page-prev"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
        assertThat(page.select("label[for]")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(page.getElementById("search-q").val()).isEqualTo("яма");
        assertThat(page.select("#search-status option[selected]").text()).isEqualTo("Назначено ведомству");
        assertThat(page.getElementById("search-total").text()).isEqualTo("60");
        assertThat(page.getElementById("search-page").text()).isEqualTo("стр. 2 из 3, всего 60");
        assertThat(page.getElementById("page-next").attr("href"))
                .isEqualTo("/console/search?q=%D1%8F%D0%BC%D0%B0&status=ASSIGNED&page=2");
        assertThat(page.getElementById("page-prev").attr("href"))
                .isEqualTo("/console/search?q=%D1%8F%D0%BC%D0%B0&status=ASSIGNED");
        assertThat(page.getElementById("sort-due").attr("href"))
                .isEqualTo("/console/search?q=%D1%8F%D0%BC%D0%B0&status=ASSIGNED&sort=due");
        var row = page.getElementById("row-1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(row.select("a").attr("href")).isEqualTo("/console/appeals/1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(row.select(".badge.red")).hasSize(1);
    }

    @Test
    void showsIntakesRefusalBesideTheFormAndKeepsWhatWasTyped() {
        SearchForm form = form("from", "01.12.2026");
        Map<String, Object> model = model(form);
        model.put("errors", SearchProblems.errors(
                new org.appeals.console.platform.PlatformProblem(400, "from must be an ISO date.")));

        Document page = TemplatePages.render("search/search", model);

        assertThat(page.getElementById("error-search-form").text()).startsWith("Данные не приняты");
        assertThat(page.getElementById("error-search-from")).isNotNull();
        assertThat(page.getElementById("search-from").val()).isEqualTo("01.12.2026");
        assertThat(page.getElementById("search-total")).as("no results without an answer").isNull();
    }

    @Test
    void departmentStaffPickAmongTheirDepartmentsAndOpenRowsInTheirInbox() {
        Me roads = new Me("roads", Role.DEPARTMENT, false, List.of(), List.of("mikhailovka-roads"));
        Map<String, Object> model = model(form("department", "mikhailovka-roads"));
        model.put("me", roads);
        model.put("departmentOptions", List.of(new Option("mikhailovka-roads", "mikhailovka-roads")));
        model.put("results", SearchResults.of(JSON.readTree("""
                {"items":[{"appealId":"1a2b3c4d-0000-4000-8000-000000000001","number":"1a2b3c4d",
                  "receivedAt":"2026-12-01T07:00:00Z","status":"ASSIGNED","channel":"VK",
                  "department":{"id":"mikhailovka-roads","name":"Дороги"},"excerpt":"Яма","overdue":false}],
                 "page":0,"size":25,"total":1}"""), Instant.parse("2026-12-04T12:00:00Z"), roads));

        Document page = TemplatePages.render("search/search", model);

        assertThat(page.select("#search-department option").first().text()).isEqualTo("Все мои");
        assertThat(page.select("#search-department option[selected]").val()).isEqualTo("mikhailovka-roads");
        assertThat(page.select("#row-1a2b3c4d-0000-4000-8000-000000000001 a").attr("href"))
                .isEqualTo("/console/inbox/mikhailovka-roads/appeals/1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(page.getElementById("page-next")).as("one page only").isNull();
        assertThat(page.getElementById("page-prev")).isNull();
    }

    @Test
    void withoutTheDirectoryTheDepartmentIsTypedIn() {
        Map<String, Object> model = model(form("department", "kamyshin-roads"));
        model.put("departmentOptions", List.of());

        Document page = TemplatePages.render("search/search", model);

        assertThat(page.getElementById("search-department").tagName()).isEqualTo("input");
        assertThat(page.getElementById("search-department").val()).isEqualTo("kamyshin-roads");
    }
}
