package org.appeals.resident.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.appeals.resident.status.PublicAppeal;
import org.appeals.resident.testing.PublicAppeals;
import org.appeals.resident.testing.TemplatePages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FeedbackPageRenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Object> model(String json, FeedbackForm form, Map<String, String> errors) {
        PublicAppeal appeal = PublicAppeal.of(JSON.readTree(json));
        Map<String, Object> model = new HashMap<>();
        model.put("appeal", appeal);
        model.put("answer", appeal.finalAnswer());
        model.put("form", form);
        model.put("errors", errors);
        model.put("number", appeal.number());
        model.put("statusLink", "/appeal/" + appeal.number() + "?code=" + PublicAppeals.CODE);
        return model;
    }

    @Test
    void showsTheFinalAnswerAndTheRatingFormWithAccessibleRadios() {
        Document page = TemplatePages.render("feedback/feedback", model(PublicAppeals.ANSWERED,
                FeedbackForm.blank(PublicAppeals.CODE, PublicAppeals.FINAL_ANSWER), Map.of()));

        assertThat(page.getElementById("answer-" + PublicAppeals.FINAL_ANSWER).text()).contains("Яма заделана.");
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(page.getElementById("rating-" + rating).attr("type")).isEqualTo("radio");
            assertThat(page.select("label[for=rating-" + rating + "]")).hasSize(1);
        }
        assertThat(page.select("fieldset#rating > legend").text()).contains("Как вы оцениваете ответ?");
        assertThat(page.getElementById("solved-yes").val()).isEqualTo("yes");
        assertThat(page.getElementById("solved-no").val()).isEqualTo("no");
        assertThat(page.getElementById("comment").tagName()).isEqualTo("textarea");
        assertThat(page.getElementById("send-feedback").tagName()).isEqualTo("button");
        assertThat(page.select("input[name=answerId]").val()).isEqualTo(PublicAppeals.FINAL_ANSWER);
        assertThat(page.select("input[name=code]").val()).isEqualTo(PublicAppeals.CODE);
        assertThat(page.getElementById("feedback-form").attr("action")).isEqualTo("/feedback/34-2026-004217");
    }

    @Test
    void keepsTheChoicesAndShowsWhatIsMissing() {
        FeedbackForm half = new FeedbackForm(PublicAppeals.CODE, PublicAppeals.FINAL_ANSWER, "4", null, "так себе");

        Document page = TemplatePages.render("feedback/feedback", model(PublicAppeals.ANSWERED, half, half.errors()));

        assertThat(page.getElementById("rating-4").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("error-solved").text()).contains("решена ли проблема");
        assertThat(page.getElementById("comment").text()).isEqualTo("так себе");
    }

    @Test
    void feedbackAlreadyGivenShowsNoForm() {
        Map<String, Object> model = model(PublicAppeals.RATED, FeedbackForm.blank(PublicAppeals.CODE, null), Map.of());
        model.put("message", FeedbackController.ALREADY_GIVEN);

        Document page = TemplatePages.render("feedback/feedback", model);

        assertThat(page.getElementById("feedback-message").text()).isEqualTo("Вы уже оценили этот ответ.");
        assertThat(page.getElementById("feedback-form")).isNull();
    }
}
