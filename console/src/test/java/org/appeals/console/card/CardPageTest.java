package org.appeals.console.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.deliveries.DeliveryRow;
import org.appeals.console.layout.Me;
import org.appeals.console.search.TemplatePages;
import org.appeals.support.web.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CardPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static Document render(Me me, CardDeliveries deliveries) {
        Map<String, Object> model = new HashMap<>();
        model.put("me", me);
        model.put("card", AppealCard.of(JSON.readTree(AppealCardTest.VIEW), NOW));
        model.put("deliveries", deliveries);
        return TemplatePages.render("card/card", model);
    }

    @Test
    void rendersTheCardWithTheIdsTheBrowserTestsUse() {
        CardDeliveries deliveries = CardDeliveries.of(DeliveryRow.list(JSON.readTree("""
                [{"deliveryId":"d1d1d1d1-0000-4000-8000-000000000001",
                  "appealId":"1a2b3c4d-0000-4000-8000-000000000001","answerKind":"FINAL","channel":"VK",
                  "state":"PARKED","attemptCount":6,"attempts":[],"createdAt":"2026-12-04T08:00:00Z",
                  "resentBy":[]},
                 {"deliveryId":"d2d2d2d2-0000-4000-8000-000000000002",
                  "appealId":"1a2b3c4d-0000-4000-8000-000000000001","notice":"REGISTERED","channel":"VK",
                  "state":"DELIVERED","attemptCount":1,"attempts":[],"createdAt":"2026-12-01T08:00:00Z",
                  "resentBy":[]}]""")));

        Document page = render(new Me("cur-operator", Role.OPERATOR, true, List.of(), List.of()), deliveries);

        assertThat(page.getElementById("card-text").text()).startsWith("На улице Мира яма.");
        assertThat(page.getElementById("card-status").text()).isEqualTo("В работе");
        assertThat(page.getElementById("card-routing").text()).contains("Дороги в Михайловке", "87 %");
        assertThat(page.getElementById("card-department").attr("href"))
                .isEqualTo("/console/directory/departments/mikhailovka-roads");
        assertThat(page.getElementById("card-incident").attr("href"))
                .isEqualTo("/console/incidents/7c7c7c7c-0000-4000-8000-000000000009");
        assertThat(page.select("ol#card-timeline > li")).hasSize(4);
        assertThat(page.select("ol#card-timeline > li").get(2).text()).contains("roads-mikhailovka (ведомство)");
        assertThat(page.getElementById("card-feedback").text()).contains("2 из 5", "проблема не решена");
        assertThat(page.getElementById("card-deadlines").text()).contains("календарных");
        assertThat(page.getElementById("card-deliveries")).isNotNull();
        assertThat(page.getElementById("resend-d1d1d1d1-0000-4000-8000-000000000001").tagName()).isEqualTo("button");
        assertThat(page.getElementById("resend-d2d2d2d2-0000-4000-8000-000000000002")).isNull();
        assertThat(page.select("form[action=/console/deliveries/d1d1d1d1-0000-4000-8000-000000000001/resend]"
                + " input[name=appealId]").val()).isEqualTo("1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void aMunicipalOperatorSeesNoDeliveries() {
        Document page = render(new Me("mcu-mikhailovka", Role.OPERATOR, false, List.of("MIKHAILOVKA"), List.of()),
                CardDeliveries.HIDDEN);

        assertThat(page.getElementById("card-deliveries")).isNull();
        assertThat(page.getElementById("card-text")).isNotNull();
    }
}
