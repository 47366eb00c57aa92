package org.appeals.console.inbox;

import static org.appeals.console.inbox.AppealJsonFixtures.APPEAL_ID;
import static org.appeals.console.inbox.AppealJsonFixtures.DEPARTMENT;
import static org.appeals.console.inbox.AppealJsonFixtures.inboxItem;
import static org.appeals.console.inbox.AppealJsonFixtures.json;
import static org.appeals.console.inbox.AppealJsonFixtures.returnedAppeal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The department's templates render with the ids the browser tests use, escape answers, and hide moves from readers. */
class InboxPagesRenderTest {

    private static final Me STAFF = new Me("petrova", Role.DEPARTMENT, false, List.of(), List.of(DEPARTMENT));
    private static final Me OPERATOR = new Me("cur", Role.OPERATOR, true, List.of(), List.of());
    private static final Instant NOW = Instant.parse("2026-12-09T15:00:00Z");

    @Test
    void theCardOffersStaffTheFormsOfTheStateWithTheirLabels() {
        Document page = card(STAFF, true, Map.of("errors", Map.of("interim", "Укажите дату.")));

        for (String id : List.of("move-accept", "interim-send", "question-send", "answer-send", "redirect-send")) {
            assertThat(page.getElementById(id)).as(id).isNotNull();
            assertThat(page.getElementById(id).tagName()).isEqualTo("button");
        }
        for (String id : List.of("interim-text", "interim-date", "question-text", "answer-text", "redirect-reason")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.getElementById("interim-date").attr("min")).isEqualTo("2026-12-09");
        assertThat(page.getElementById("error-interim").text()).isEqualTo("Укажите дату.");
        assertThat(page.getElementById("returned-comment").text()).isEqualTo("Когда именно?");
        assertThat(page.select("main form[action]").first().attr("action"))
                .isEqualTo("/console/inbox/mikhailovka-roads/appeals/" + APPEAL_ID + "/accept");
    }

    @Test
    void anOperatorReadsTheCardWithoutAnyMoveButton() {
        Document page = card(OPERATOR, false, Map.of());

        assertThat(page.select("main form")).isEmpty();
        assertThat(page.getElementById("move-accept")).isNull();
        assertThat(page.getElementById("read-only")).isNotNull();
    }

    @Test
    void marksTheFlaggedWordsAndEscapesEveryPieceOfTheAnswer() {
        String flagged = returnedAppeal().toString().replace("Яма будет заделана.",
                "<script>alert(1)</script> Яма будет заделана <b>скоро</b>.");
        Document page = card(json(flagged), STAFF, true, Map.of());

        Element text = page.getElementById("final-answer-text");
        assertThat(text.select("script, b")).isEmpty();
        assertThat(text.text()).isEqualTo("<script>alert(1)</script> Яма будет заделана <b>скоро</b>.");
        Element mark = text.selectFirst("mark.flag");
        assertThat(mark.text()).isEqualTo("будет заделана");
        assertThat(mark.attr("title")).isEqualTo("Обещание без срока: Укажите дату.");
        assertThat(page.getElementById("answer-flags").text()).contains("Обещание без срока");
        assertThat(page.getElementById("appeal-text").select("b")).isEmpty();
        assertThat(page.getElementById("attachments").select("a")).extracting(a -> a.attr("href"))
                .containsExactly("https://vk.com/photo1");
    }

    @Test
    void theInboxListsRowsWithLinksBadgesAndTheFilterForm() {
        String items = "{\"departmentId\":\"mikhailovka-roads\",\"items\":["
                + inboxItem("a1", "ASSIGNED", "2026-12-01T13:00:00Z", null) + "]}";
        Map<String, Object> model = new HashMap<>(Map.of("departmentId", DEPARTMENT, "departmentName", "Дороги",
                "rows", InboxRows.of(json(items), NOW), "filter", InboxFilter.of("ASSIGNED", true, null),
                "states", StateOption.all(), "limit", InboxFilter.LIMIT));
        Document page = render("inbox/inbox", STAFF, model);

        assertThat(page.getElementById("row-a1").select(".badge.red")).hasSize(1);
        assertThat(page.getElementById("open-a1").attr("href")).isEqualTo("/console/inbox/mikhailovka-roads/appeals/a1");
        assertThat(page.select("#filter-status option[selected]").val()).isEqualTo("ASSIGNED");
        assertThat(page.getElementById("filter-overdue").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("filter-apply").tagName()).isEqualTo("button");
        for (String id : List.of("filter-status", "filter-overdue", "filter-due-before")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.select("th[scope=col]")).hasSize(6);
    }

    @Test
    void theIncidentsPageGivesStaffOneAnswerFormPerIncident() {
        List<IncidentRow> incidents = IncidentRow.of(json("""
                {"items":[{"incidentId":"i1","departmentId":"mikhailovka-roads","category":"ROADS",
                  "municipality":"MIKHAILOVKA","openedAt":"2026-12-01T07:00:00Z","lastReportAt":"2026-12-02T07:00:00Z",
                  "members":[{"appealId":"a1","receivedAt":"2026-12-01T07:00:00Z"},
                             {"appealId":"a2","receivedAt":"2026-12-02T07:00:00Z"}]}]}"""));

        Document staff = render("inbox/incidents", STAFF, Map.of("departmentId", DEPARTMENT,
                "incidents", incidents, "movable", true));
        assertThat(staff.getElementById("row-i1").text()).contains("Дороги", "Михайловка");
        assertThat(staff.select("label[for=incident-answer-i1]")).hasSize(1);
        assertThat(staff.getElementById("incident-send-i1").tagName()).isEqualTo("button");
        assertThat(staff.getElementById("open-a2")).isNotNull();

        Document reader = render("inbox/incidents", OPERATOR, Map.of("departmentId", DEPARTMENT,
                "incidents", incidents, "movable", false));
        assertThat(reader.getElementById("incident-send-i1")).isNull();
    }

    private static Document card(Me me, boolean movable, Map<String, Object> extra) {
        return card(returnedAppeal(), me, movable, extra);
    }

    private static Document card(tools.jackson.databind.JsonNode appeal, Me me, boolean movable,
                                 Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(Map.of("departmentId", DEPARTMENT, "staff", movable,
                "card", AppealCards.of(appeal, DEPARTMENT, movable, NOW), "today", "2026-12-09"));
        model.putAll(extra);
        return render("inbox/card", me, model);
    }

    private static Document render(String template, Me me, Map<String, Object> model) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        request.setContextPath("/console");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse()));
        context.setVariable("me", me);
        context.setVariables(model);
        return Jsoup.parse(engine.process(template, context));
    }
}
