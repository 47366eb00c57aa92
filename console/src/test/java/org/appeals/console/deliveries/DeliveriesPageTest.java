package org.appeals.console.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.Me;
import org.appeals.console.search.TemplatePages;
import org.appeals.contracts.Channel;
import org.appeals.support.web.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveriesPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Document render(List<DeliveryRow> rows, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("me", new Me("cur-operator", Role.OPERATOR, true, List.of(), List.of()));
        model.put("rows", rows);
        model.put("channel", "VK");
        model.put("channels", Arrays.asList(Channel.values()));
        model.put("limited", false);
        model.put("limit", DeliveriesController.LIMIT);
        model.put("errors", errors);
        return TemplatePages.render("deliveries/deliveries", model);
    }

    @Test
    void listsParkedDeliveriesWithAResendButtonAndALinkToTheCard() {
        List<DeliveryRow> rows = DeliveryRow.list(JSON.readTree("""
                [{"deliveryId":"d1d1d1d1-0000-4000-8000-000000000001",
                  "appealId":"1a2b3c4d-0000-4000-8000-000000000001","answerKind":"FINAL","channel":"VK",
                  "state":"PARKED","attemptCount":6,"attempts":[],"createdAt":"2026-12-04T08:00:00Z",
                  "resentBy":[]}]"""));

        Document page = render(rows, Map.of("resend-d1d1d1d1-0000-4000-8000-000000000001", "Не удалось"));

        assertThat(page.getElementById("resend-d1d1d1d1-0000-4000-8000-000000000001").tagName())
                .isEqualTo("button");
        assertThat(page.select("#delivery-d1d1d1d1-0000-4000-8000-000000000001 a").attr("href"))
                .isEqualTo("/console/appeals/1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(page.select("#deliveries-channel option[selected]").val()).isEqualTo("VK");
        assertThat(page.select("form[action$=/resend] input[name=channel]").val()).isEqualTo("VK");
        assertThat(page.getElementById("error-resend-d1d1d1d1-0000-4000-8000-000000000001").text())
                .isEqualTo("Не удалось");
    }

    @Test
    void saysSoWhenNothingIsParked() {
        Document page = render(List.of(), null);

        assertThat(page.getElementById("deliveries-empty").text()).isEqualTo("Недоставленных ответов нет.");
        assertThat(page.getElementById("deliveries-table")).isNull();
    }
}
