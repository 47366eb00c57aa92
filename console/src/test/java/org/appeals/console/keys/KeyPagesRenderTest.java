package org.appeals.console.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.Me;
import org.appeals.contracts.Channel;
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

/** The keys' templates render with the ids the browser tests use; the secret appears once, in #new-key. */
class KeyPagesRenderTest {

    private static final Me ADMIN = new Me("platform-admin", Role.ADMIN, true, List.of(), List.of());
    private static final KeyRow ACTIVE = new KeyRow("key-1", "vk-adapter", "канал", "канал ВКонтакте",
            "4 декабря 2026, 12:00", "platform-admin (администратор)", "", "ACTIVE", "действует", "", "", "", "");
    private static final KeyRow REVOKED = new KeyRow("key-2", "ops", "оператор ЦУР", "весь регион",
            "4 декабря 2026, 12:00", "", "", "REVOKED", "отозван", "", "4 декабря 2026, 13:00", "", "");

    @Test
    void listsKeysWithTheirMovesAndShowsTheNewSecretOnce() {
        Map<String, Object> model = model();
        model.put("newKey", new NewKey("key-3", "apk_secret", "vk-adapter", "канал", "канал ВКонтакте", ""));
        model.put("errors", Map.of("key-grace-key-1", "Данные не приняты"));
        Document page = render("keys/keys", model);

        assertThat(page.getElementById("new-key").text()).isEqualTo("apk_secret");
        assertThat(page.html().split("apk_secret", -1)).hasSize(2);
        assertThat(page.getElementById("new-key-panel").text()).contains("один раз");
        assertThat(page.getElementById("key-row-key-1")).isNotNull();
        assertThat(page.getElementById("key-rotate-key-1").tagName()).isEqualTo("button");
        assertThat(page.getElementById("key-revoke-key-1").tagName()).isEqualTo("button");
        assertThat(page.getElementById("error-key-grace-key-1")).isNotNull();
        assertThat(page.getElementById("key-rotate-key-2")).isNull();
        assertThat(page.getElementById("key-revoke-key-2")).isNull();
        for (String id : List.of("key-client", "key-role", "key-channel", "key-departments")) {
            assertThat(page.select("label[for=" + id + "]")).as(id).hasSize(1);
        }
        assertThat(page.getElementById("key-issue").tagName()).isEqualTo("button");
        assertThat(page.getElementById("keys-audit").select("tbody tr")).hasSize(1);
    }

    @Test
    void showsNoSecretPanelWithoutANewKey() {
        Document page = render("keys/keys", model());

        assertThat(page.getElementById("new-key")).isNull();
        assertThat(page.select("#key-role option[selected]").val()).isEqualTo("CHANNEL");
    }

    @Test
    void asksBeforeRevoking() {
        Map<String, Object> model = new HashMap<>();
        model.put("key", ACTIVE);
        Document page = render("keys/revoke", model);

        assertThat(page.getElementById("key-revoke-confirm").tagName()).isEqualTo("button");
        assertThat(page.getElementById("key-revoke-cancel")).isNotNull();
        assertThat(page.text()).contains("vk-adapter", "не отменяется");
    }

    private static Map<String, Object> model() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("CHANNEL", "канал");
        roles.put("OPERATOR", "оператор ЦУР");
        Map<String, Object> model = new HashMap<>();
        model.put("keys", List.of(ACTIVE, REVOKED));
        model.put("actions", List.of(new KeyActionRow("4 декабря 2026, 12:00", "выпущен", "key-1", "vk-adapter",
                "platform-admin (администратор)", "роль: канал")));
        model.put("roles", roles);
        model.put("channels", List.of(Channel.values()));
        model.put("issueForm", IssueForm.empty());
        model.put("defaultGraceHours", 24);
        model.put("maxGraceHours", 720);
        return model;
    }

    private static Document render(String template, Map<String, Object> model) {
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
        context.setVariable("me", ADMIN);
        context.setVariables(model);
        return Jsoup.parse(engine.process(template, context));
    }
}
