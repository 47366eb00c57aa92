package org.appeals.console.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The review page marks the flagged words, escapes the department's text, and has the ids the browser clicks. */
class ReviewPageRenderTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> Дорога будет отремонтирована.";

    @Test
    void marksFlaggedWordsAndKeepsTheAnswerAsText() {
        ReviewItem item = ReviewItem.of(ReviewViewsTest.inReview(ReviewViewsTest.FIRST, HOSTILE));
        Map<String, Object> model = new HashMap<>();
        model.put("history", AppealHistory.of(ReviewViewsTest.json("{'appealId':'" + ReviewViewsTest.FIRST
                + "','text':'Яма','department':{'id':'kamyshin-roads','name':'Дороги Камышина'},'timeline':[]}")));
        model.put("item", item);
        model.put("state", "IN_REVIEW");
        model.put("highlighted", item.answer().highlighted());
        model.put("sameAnswer", List.of(ReviewViewsTest.THIRD));
        model.put("earlierReturns", List.of());
        model.put("errors", Map.of("return", "Напишите комментарий."));

        Document page = render("review/item", model);

        Element answer = page.getElementById("review-answer");
        assertThat(answer.select("img")).isEmpty();
        assertThat(answer.text()).isEqualTo(HOSTILE);
        assertThat(answer.select("mark.flag")).singleElement()
                .satisfies(mark -> assertThat(mark.text()).isEqualTo("будет отремонтирована"))
                .satisfies(mark -> assertThat(mark.attr("title")).isEqualTo("Обещание без срока: Укажите срок."));
        assertThat(page.getElementById("review-approve").tagName()).isEqualTo("button");
        assertThat(page.getElementById("review-return").tagName()).isEqualTo("button");
        assertThat(page.select("label[for=review-return-comment]")).hasSize(1);
        assertThat(page.getElementById("error-return").text()).isEqualTo("Напишите комментарий.");
        assertThat(page.getElementById("review-incident").text()).contains("ещё у 1");
    }

    @Test
    void listsAnIncidentsAnswerAsOneRow() {
        ReviewItem first = ReviewItem.of(ReviewViewsTest.inReview(ReviewViewsTest.FIRST, "Отремонтируем до 10.12."));
        ReviewRow row = new ReviewRow(first, ReviewViewsTest.INCIDENT, List.of(ReviewViewsTest.THIRD));

        Document page = render("review/queue", new HashMap<>(Map.of("rows", List.of(row))));

        assertThat(page.getElementById("row-" + ReviewViewsTest.FIRST).text())
                .contains("Дороги Камышина", "Ответ на инцидент, обращений: 2");
        assertThat(page.getElementById("open-" + ReviewViewsTest.FIRST).attr("href"))
                .isEqualTo("/console/reviews/" + ReviewViewsTest.FIRST);
        assertThat(page.getElementById("row-" + ReviewViewsTest.THIRD)).isNull();
    }

    static Document render(String template, Map<String, Object> model) {
        return org.appeals.console.search.TemplatePages.render(template, model);
    }
}
