package org.appeals.console.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** department-service's review queue and intake's appeal as the review pages read them. */
class ReviewViewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID THIRD = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final UUID INCIDENT = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** One appeal as {@code GET /api/v1/reviews} lists it, its final answer PENDING with one flag. */
    static JsonNode inReview(UUID appealId, String answer) {
        return json("{'appealId':'" + appealId + "','state':'IN_REVIEW','departmentId':'kamyshin-roads',"
                + "'departmentName':'Дороги Камышина','category':{'code':'ROADS','name':'Дороги'},"
                + "'municipality':{'code':'KAMYSHIN','name':'Камышин'},'text':'Яма у дома 5',"
                + "'answers':[{'answerId':'" + UUID.randomUUID() + "','kind':'FINAL','text':'Старый ответ',"
                + "'answeredAt':'2026-12-02T07:00:00Z','review':{'status':'RETURNED','flags':[],"
                + "'comment':'Укажите срок','decidedBy':{'id':'petrov','role':'OPERATOR'},"
                + "'decidedAt':'2026-12-02T08:00:00Z'}},"
                + "{'answerId':'" + UUID.randomUUID() + "','kind':'FINAL','text':'" + answer + "',"
                + "'answeredAt':'2026-12-03T07:00:00Z','answeredBy':{'id':'ivanov','role':'DEPARTMENT'},"
                + "'review':{'status':'PENDING','flags':[{'code':'PROMISE_WITHOUT_DATE',"
                + "'message':'Укажите срок.','fragment':'будет отремонтирована'}]}}]}");
    }

    @Test
    void readsThePendingAnswerWithItsFlagsAndTheEarlierReturn() {
        JsonNode appeal = inReview(FIRST, "Дорога будет отремонтирована.");
        ReviewItem item = ReviewItem.of(appeal);

        assertThat(item.answerText()).isEqualTo("Дорога будет отремонтирована.");
        assertThat(item.answer().answeredBy()).isEqualTo("ivanov");
        assertThat(item.answered()).isEqualTo("3 декабря 2026, 10:00");
        assertThat(item.flagCount()).isEqualTo(1);
        assertThat(item.answer().flags().get(0).fragment()).isEqualTo("будет отремонтирована");
        assertThat(EarlierReturn.in(appeal)).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Укажите срок"))
                .satisfies(r -> assertThat(r.decidedBy()).isEqualTo("petrov"));
    }

    @Test
    void showsAnIncidentsAnswerOnceForAllItsAppeals() {
        String incidentAnswer = "5b0c9a51-0000-4000-8000-00000000a001";
        List<ReviewItem> queue = List.of(
                ReviewItem.of(ofIncident(inReview(FIRST, "Отремонтируем до 10.12."), incidentAnswer)),
                ReviewItem.of(inReview(SECOND, "Другой ответ")),
                ReviewItem.of(ofIncident(inReview(THIRD, "Отремонтируем до 10.12."), incidentAnswer)));

        List<ReviewRow> rows = IncidentAnswers.rows(queue);

        assertThat(rows).extracting(row -> row.item().appealId()).containsExactly(FIRST, SECOND);
        assertThat(rows.get(0).sameAnswer()).containsExactly(THIRD);
        assertThat(rows.get(0).appeals()).isEqualTo(2);
        assertThat(rows.get(0).incidentId()).isEqualTo(INCIDENT);
        assertThat(rows.get(1).incidentId()).isNull();
        assertThat(queue.get(0).incidentAnswer()).isTrue();
        assertThat(queue.get(1).incidentAnswer()).isFalse();
        assertThat(IncidentAnswers.sameAnswer(queue.get(2), queue)).containsExactly(FIRST);
        assertThat(IncidentAnswers.sameAnswer(queue.get(1), queue)).isEmpty();
    }

    /** The appeal as department-service lists it when its answer came through the incident's one answer. */
    private static JsonNode ofIncident(JsonNode appeal, String incidentAnswerId) {
        ((tools.jackson.databind.node.ObjectNode) appeal).put("incidentId", INCIDENT.toString())
                .put("incidentAnswerId", incidentAnswerId);
        return appeal;
    }

    @Test
    void anAppealWithoutAnAnswerInReviewHasNone() {
        JsonNode answered = json("{'appealId':'" + FIRST + "','state':'ANSWERED','answers':[{'kind':'FINAL',"
                + "'text':'Готово','review':{'status':'APPROVED','flags':[]}}]}");

        assertThat(PendingAnswer.in(answered)).isEmpty();
        assertThat(ReviewItem.of(answered).answerText()).isEmpty();
    }

    @Test
    void readsIntakesHistoryOfTheAppeal() {
        AppealHistory history = AppealHistory.of(json("{'appealId':'" + FIRST + "','status':'IN_REVIEW',"
                + "'department':{'id':'kamyshin-roads','name':'Дороги Камышина'},'incidentId':'" + INCIDENT + "',"
                + "'category':{'code':'ROADS','name':'Дороги'},'municipality':{'code':'KAMYSHIN','name':'Камышин'},"
                + "'receivedAt':'2026-12-01T06:00:00Z','text':'Яма',"
                + "'timeline':[{'type':'RECEIVED','occurredAt':'2026-12-01T06:00:00Z',"
                + "'summary':'Обращение получено: ВКонтакте'},{'type':'ANSWERED','occurredAt':'2026-12-03T07:00:00Z',"
                + "'summary':'Окончательный ответ: Дороги Камышина','text':'Отремонтируем'}]}"));

        assertThat(history.departmentId()).isEqualTo("kamyshin-roads");
        assertThat(history.incidentId()).isEqualTo(INCIDENT);
        assertThat(history.timeline()).extracting(AppealHistory.Entry::summary)
                .containsExactly("Обращение получено: ВКонтакте", "Окончательный ответ: Дороги Камышина");
        assertThat(history.timeline().get(1).text()).isEqualTo("Отремонтируем");
        assertThat(history.timeline().get(0).at()).isEqualTo("1 декабря 2026, 09:00");
    }
}
