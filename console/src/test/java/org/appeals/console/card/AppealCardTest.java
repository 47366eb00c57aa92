package org.appeals.console.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppealCardTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    /** Intake's AppealView for staff, as it serializes it. */
    static final String VIEW = """
            {"appealId":"1a2b3c4d-0000-4000-8000-000000000001","channel":"VK","externalId":"wall-201_1001",
             "status":"IN_PROGRESS",
             "category":{"code":"ROADS","name":"Дороги"},
             "municipality":{"code":"MIKHAILOVKA","name":"Михайловка"},
             "department":{"id":"mikhailovka-roads","name":"Дорожное хозяйство Михайловки"},
             "deadlines":{"firstReactionDue":"2026-12-02T07:00:00Z","answerDue":"2026-12-05T12:00:00Z"},
             "overdue":[{"deadline":"FIRST_REACTION","dueAt":"2026-12-02T07:00:00Z",
                         "flaggedAt":"2026-12-02T07:05:00Z","departmentId":"mikhailovka-roads"}],
             "incidentId":"7c7c7c7c-0000-4000-8000-000000000009",
             "routingReason":{"ruleId":"roads-mikhailovka","matchedTerms":["яма","дорога"],"confidence":0.87,
                              "explanation":"Дороги в Михайловке"},
             "receivedAt":"2026-12-01T07:00:00Z",
             "text":"На улице Мира яма.\\nУже месяц.",
             "author":{"id":"vk-77","name":"Мария","contact":"+7 900 000-00-00"},
             "location":{"lat":50.06,"lon":43.24,"address":"ул. Мира, 5"},
             "attachments":["https://vk.com/photo1","javascript:alert(1)"],
             "timeline":[
               {"eventId":"e1","type":"RECEIVED","occurredAt":"2026-12-01T07:00:01Z",
                "summary":"Обращение получено: ВКонтакте"},
               {"eventId":"e2","type":"ASSIGNED","occurredAt":"2026-12-01T08:00:00Z",
                "summary":"Назначено: Дорожное хозяйство Михайловки (Дороги, Михайловка)",
                "actor":{"id":"system","role":"SYSTEM"}},
               {"eventId":"e3","type":"ANSWERED","occurredAt":"2026-12-02T09:00:00Z",
                "summary":"Промежуточный ответ: Дорожное хозяйство Михайловки","kind":"INTERIM",
                "text":"Осмотрим до пятницы.","actor":{"id":"roads-mikhailovka","role":"DEPARTMENT"}},
               {"eventId":"e4","type":"RESPONDED","occurredAt":"2026-12-03T09:00:00Z",
                "summary":"Оценка ответа: 2/5, проблема не решена","text":"Ничего не сделали","rating":2,
                "solved":false}]}""";

    @Test
    void showsTheAppealInRussianWithWhoDidWhatAndWhen() {
        AppealCard card = AppealCard.of(JSON.readTree(VIEW), NOW);

        assertThat(card.number()).isEqualTo("1a2b3c4d");
        assertThat(card.statusName()).isEqualTo("В работе");
        assertThat(card.channel()).isEqualTo("ВКонтакте");
        assertThat(card.text()).isEqualTo("На улице Мира яма.\nУже месяц.");
        assertThat(card.received()).isEqualTo("1 декабря 2026, 10:00");
        assertThat(card.timeline()).extracting(TimelineStep::actor)
                .containsExactly("", "система", "roads-mikhailovka (ведомство)", "");
        assertThat(card.timeline().get(2).text()).isEqualTo("Осмотрим до пятницы.");
        assertThat(card.timeline().get(2).when()).isEqualTo("2 декабря 2026, 12:00");
        assertThat(card.incidentId()).isEqualTo("7c7c7c7c-0000-4000-8000-000000000009");
    }

    @Test
    void callsTheAppealByItsRegistrationNumberWhenItHasOne() {
        String numbered = VIEW.replaceFirst("\\{", "{\"registrationNumber\":\"34-2026-004217\",");

        assertThat(AppealCard.of(JSON.readTree(numbered), NOW).number()).isEqualTo("34-2026-004217");
        assertThat(Names.deadline("PROMISED")).isEqualTo("обещанный жителю срок");
    }

    @Test
    void linksOnlyWebAttachments() {
        assertThat(AppealCard.of(JSON.readTree(VIEW), NOW).attachments()).containsExactly("https://vk.com/photo1");
    }

    @Test
    void saysWhereRoutingPlacedItAndWhy() {
        Routing routing = AppealCard.of(JSON.readTree(VIEW), NOW).routing();

        assertThat(routing.decided()).isTrue();
        assertThat(routing.category()).isEqualTo("Дороги");
        assertThat(routing.municipality()).isEqualTo("Михайловка");
        assertThat(routing.departmentId()).isEqualTo("mikhailovka-roads");
        assertThat(routing.departmentName()).isEqualTo("Дорожное хозяйство Михайловки");
        assertThat(routing.explanation()).isEqualTo("Дороги в Михайловке");
        assertThat(routing.matchedTerms()).containsExactly("яма", "дорога");
        assertThat(routing.confidence()).isEqualTo("87 %");
    }

    @Test
    void showsTheAuthorAsTheViewGivesItToStaff() {
        Resident resident = AppealCard.of(JSON.readTree(VIEW), NOW).resident();

        assertThat(resident).isEqualTo(new Resident("vk-77", "Мария", "+7 900 000-00-00", "ул. Мира, 5",
                "50.06, 43.24"));
    }

    @Test
    void badgesOnlyTheDeadlinesThatRunInTheStatusAndListTheMissedOnes() {
        AppealCard card = AppealCard.of(JSON.readTree(VIEW), NOW);

        DeadlineLine reaction = card.deadlines().get(0);
        DeadlineLine answer = card.deadlines().get(1);
        assertThat(reaction.running()).as("in progress: the department has reacted").isFalse();
        assertThat(reaction.badge()).isNull();
        assertThat(answer.running()).isTrue();
        assertThat(answer.due()).isEqualTo("5 декабря 2026, 15:00");
        assertThat(answer.badge().tone()).as("a day left of a four-day term").isEqualTo("amber");
        assertThat(answer.badge().label()).isEqualTo("осталось 1 дн. 0 ч");
        assertThat(card.missed()).containsExactly(
                "Нарушен срок первой реакции: был до 2 декабря 2026, 10:00, отмечено 2 декабря 2026, 10:05");
    }

    @Test
    void theTermStartsAtTheLatestPlacementOrReopening() {
        Instant received = Instant.parse("2026-12-01T07:00:00Z");

        assertThat(AppealCard.termStart(JSON.readTree(VIEW).path("timeline"), received))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(AppealCard.termStart(JSON.readTree("""
                [{"type":"ASSIGNED","occurredAt":"2026-12-01T08:00:00Z"},
                 {"type":"STATE_CHANGED","state":"REOPENED","occurredAt":"2026-12-03T08:00:00Z"}]"""), received))
                .isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void theFeedbackIsTheResidentsLatestRating() {
        Feedback feedback = AppealCard.of(JSON.readTree(VIEW), NOW).feedback();

        assertThat(feedback.ratingText()).isEqualTo("2 из 5");
        assertThat(feedback.solvedText()).isEqualTo("проблема не решена");
        assertThat(feedback.text()).isEqualTo("Ничего не сделали");
    }

    @Test
    void aFreshAppealHasNoPlacementDeadlinesOrFeedback() {
        AppealCard card = AppealCard.of(JSON.readTree("""
                {"appealId":"1a2b3c4d-0000-4000-8000-000000000001","channel":"WEB","status":"RECEIVED",
                 "category":null,"municipality":null,"department":null,"deadlines":null,"overdue":[],
                 "routingReason":null,"receivedAt":"2026-12-04T11:00:00Z","text":"Текст",
                 "timeline":[{"type":"RESPONDED","occurredAt":"2026-12-04T11:30:00Z",
                              "summary":"Ответ заявителя на вопрос","text":"Дом 5"}]}"""), NOW);

        assertThat(card.routing().decided()).isFalse();
        assertThat(card.deadlines()).isEmpty();
        assertThat(card.missed()).isEmpty();
        assertThat(card.feedback()).as("a reply to a question is no feedback").isNull();
        assertThat(card.resident().known()).isFalse();
        assertThat(card.attachments()).isEmpty();
    }
}
