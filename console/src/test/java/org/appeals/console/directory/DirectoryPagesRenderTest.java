package org.appeals.console.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The directory's templates render with the ids the browser tests click, and offer edits only to editors. */
class DirectoryPagesRenderTest {

    private static final Me CUR = new Me("cur-operator", Role.OPERATOR, true, List.of(), List.of());
    private static final Me MCU = new Me("mcu-mikhailovka", Role.OPERATOR, false, List.of("MIKHAILOVKA"), List.of());

    private static final List<DepartmentRow> DEPARTMENTS = List.of(
            new DepartmentRow("kamyshin-roads", "Дороги Камышина", "KAMYSHIN", List.of("ROADS"), true),
            new DepartmentRow("region-waste", "Региональный оператор", null, List.of("WASTE"), false));
    private static final RulesView VIEW = new RulesView(3,
            List.of(new OverrideRow("ROADS", "ANY", "kamyshin-roads", "ремонт")),
            List.of(new RuleRow("ROADS", "KAMYSHIN", "kamyshin-roads", "override:ROADS:ANY")), 1);

    @Test
    void givesARegionalOperatorTheFormsWithTheirIds() {
        Document page = directory(CUR, true, Map.of("override-reason", "Укажите причину исключения."));

        assertThat(page.getElementById("dept-row-kamyshin-roads").text()).contains("Дороги Камышина", "Камышин");
        assertThat(page.getElementById("dept-edit-region-waste")).isNotNull();
        assertThat(page.getElementById("override-delete-ROADS-ANY").tagName()).isEqualTo("button");
        for (String id : List.of("override-category", "override-municipality", "override-department",
                "override-reason")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.getElementById("override-save").tagName()).isEqualTo("button");
        assertThat(page.getElementById("error-override-reason").text()).isEqualTo("Укажите причину исключения.");
        assertThat(page.getElementById("rule-row-ROADS-KAMYSHIN").text()).contains("исключение для всех");
        assertThat(page.select("#override-department option")).extracting(option -> option.attr("value"))
                .containsExactly("", "kamyshin-roads");
    }

    @Test
    void showsAMunicipalOperatorTheDirectoryReadOnly() {
        Document page = directory(MCU, false, null);

        assertThat(page.getElementById("directory-read-only")).isNotNull();
        assertThat(page.getElementById("dept-row-kamyshin-roads")).isNotNull();
        assertThat(page.getElementById("dept-edit-kamyshin-roads")).isNull();
        assertThat(page.getElementById("override-save")).isNull();
        assertThat(page.getElementById("override-delete-ROADS-ANY")).isNull();
    }

    @Test
    void rendersTheDepartmentFormAndTheAudit() {
        Document form = render("directory/department", CUR, Map.of("department", DEPARTMENTS.get(1),
                "form", DepartmentForm.of(DEPARTMENTS.get(1)), "categories", Codes.routedCategories(),
                "municipalities", Codes.knownMunicipalities()));
        assertThat(form.getElementById("dept-name").val()).isEqualTo("Региональный оператор");
        assertThat(form.getElementById("dept-category-WASTE").hasAttr("checked")).isTrue();
        assertThat(form.getElementById("dept-active").hasAttr("checked")).isFalse();
        assertThat(form.select("#dept-municipality option[selected]").val()).isEmpty();

        Document audit = render("directory/audit", CUR, Map.of("limit", 50, "limits", List.of(50, 100),
                "rows", List.of(new AuditRow("4 декабря 2026, 12:15", "cur-operator", "оператор",
                        "исключение задано", "override:ROADS:ANY", "—", "ведомство: x"))));
        assertThat(audit.getElementById("audit-table").select("tbody tr")).hasSize(1);
        assertThat(audit.select("th[scope=col]")).hasSize(6);
    }

    private static Document directory(Me me, boolean canEdit, Map<String, String> errors) {
        java.util.Map<String, Object> model = new java.util.HashMap<>(Map.of("departments", DEPARTMENTS,
                "departmentNames", Map.of("kamyshin-roads", "Дороги Камышина"),
                "activeDepartments", DEPARTMENTS.subList(0, 1), "view", VIEW, "category", "", "municipality", "",
                "categories", Codes.routedCategories(), "municipalities", Codes.knownMunicipalities(),
                "canEdit", canEdit, "overrideForm", new OverrideForm("", "ANY", "", "")));
        if (errors != null) {
            model.put("errors", errors);
        }
        return render("directory/directory", me, model);
    }

    static Document render(String template, Me me, Map<String, Object> model) {
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
