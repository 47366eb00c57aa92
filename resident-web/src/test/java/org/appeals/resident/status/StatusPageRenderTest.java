package org.appeals.resident.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.appeals.resident.testing.PublicAppeals;
import org.appeals.resident.testing.TemplatePages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StatusPageRenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void showsStatusDepartmentDeadlinesAnswersAndTheFeedbackLink() {
        Map<String, Object> model = new HashMap<>();
        model.put("appeal", PublicAppeal.of(JSON.readTree(PublicAppeals.ANSWERED)));
        model.put("feedbackLink", Links.feedback(PublicAppeals.NUMBER, PublicAppeals.CODE));

        Document page = TemplatePages.render("status/status", model);

        assertThat(page.getElementById("status").text()).isEqualTo("Дан ответ");
        assertThat(page.getElementById("department").text()).isEqualTo("Комитет дорожного хозяйства");
        assertThat(page.getElementById("due-at").text()).isEqualTo("до 31 декабря 2026, 10:00");
        assertThat(page.getElementById("promised-by").text()).isEqualTo("до 20 декабря 2026");
        assertThat(page.getElementById("answer-" + PublicAppeals.FINAL_ANSWER).text()).contains("Яма заделана.");
        assertThat(page.getElementById("feedback-link").attr("href"))
                .isEqualTo("/feedback/34-2026-004217?code=7K3M9QXA");
        assertThat(page.select("ol#timeline > li")).hasSize(2);
        assertThat(page.html()).doesNotContain("resident@", "replyTo");
    }

    @Test
    void withoutFeedbackOpenThereIsNoLink() {
        Map<String, Object> model = new HashMap<>();
        model.put("appeal", PublicAppeal.of(JSON.readTree(PublicAppeals.RECEIVED)));
        model.put("feedbackLink", null);

        Document page = TemplatePages.render("status/status", model);

        assertThat(page.getElementById("feedback-link")).isNull();
        assertThat(page.getElementById("department").text()).isEqualTo("Обращение ещё распределяется");
    }

    @Test
    void theLookupFormAsksForNumberAndCodeWithANeutralMessage() {
        Map<String, Object> model = new HashMap<>();
        model.put("number", "34-2026-004217");
        model.put("message", StatusController.NOT_FOUND);

        Document page = TemplatePages.render("status/lookup", model);

        assertThat(page.getElementById("lookup-message").text()).isEqualTo(StatusController.NOT_FOUND);
        assertThat(page.getElementById("number").val()).isEqualTo("34-2026-004217");
        assertThat(page.getElementById("code").val()).isEmpty();
        assertThat(page.getElementById("status")).isNull();
    }
}
