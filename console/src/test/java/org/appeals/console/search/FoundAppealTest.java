package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FoundAppealTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final Me OPERATOR = new Me("cur-operator", Role.OPERATOR, true, List.of(), List.of());
    private static final Me ROADS = new Me("roads", Role.DEPARTMENT, false, List.of(),
            List.of("mikhailovka-roads", "mikhailovka-housing"));

    private static final String ANSWER = """
            {"items":[
              {"appealId":"1a2b3c4d-0000-4000-8000-000000000001","number":"1a2b3c4d",
               "receivedAt":"2026-12-01T07:00:00Z","status":"IN_PROGRESS","channel":"VK",
               "category":{"code":"ROADS","title":"Дороги"},
               "municipality":{"code":"MIKHAILOVKA","name":"Михайловка"},
               "department":{"id":"mikhailovka-housing","name":"ЖКХ Михайловки"},
               "excerpt":"На улице Мира яма","dueAt":"2026-12-10T15:00:00Z","overdue":false},
              {"appealId":"5e6f7a8b-0000-4000-8000-000000000002","number":"5e6f7a8b",
               "receivedAt":"2026-11-01T07:00:00Z","status":"TRIAGE","channel":"EMAIL",
               "category":null,"municipality":null,"department":null,
               "excerpt":"Непонятно что","dueAt":null,"overdue":false}],
             "page":1,"size":2,"total":7}""";

    @Test
    void showsARowInRussianWithItsDeadlineBadge() {
        SearchResults results = SearchResults.of(JSON.readTree(ANSWER), NOW, OPERATOR);

        FoundAppeal row = results.rows().get(0);
        assertThat(row.number()).isEqualTo("1a2b3c4d");
        assertThat(row.statusName()).isEqualTo("В работе");
        assertThat(row.channel()).isEqualTo("ВКонтакте");
        assertThat(row.category()).isEqualTo("Дороги");
        assertThat(row.municipality()).isEqualTo("Михайловка");
        assertThat(row.department()).isEqualTo("ЖКХ Михайловки");
        assertThat(row.received()).isEqualTo("1 декабря 2026, 10:00");
        assertThat(row.deadline().tone()).isEqualTo("green");
        assertThat(row.deadline().label()).startsWith("осталось 6 дн.");
        assertThat(row.link()).isEqualTo("/appeals/1a2b3c4d-0000-4000-8000-000000000001");
    }

    @Test
    void anUnplacedAppealHasEmptyCellsAndNoBadge() {
        FoundAppeal row = SearchResults.of(JSON.readTree(ANSWER), NOW, OPERATOR).rows().get(1);

        assertThat(row.statusName()).isEqualTo("На ручном разборе");
        assertThat(row.category()).isEmpty();
        assertThat(row.municipality()).isEmpty();
        assertThat(row.department()).isEmpty();
        assertThat(row.deadline()).isNull();
    }

    @Test
    void readsThePagerFromTheAnswer() {
        Pager pager = SearchResults.of(JSON.readTree(ANSWER), NOW, OPERATOR).pager();

        assertThat(pager).isEqualTo(new Pager(1, 2, 7));
        assertThat(pager.label()).isEqualTo("стр. 2 из 4, всего 7");
    }

    @Test
    void departmentStaffOpenTheAppealInTheInboxOfTheDepartmentThatHasIt() {
        List<FoundAppeal> rows = SearchResults.of(JSON.readTree(ANSWER), NOW, ROADS).rows();

        assertThat(rows.get(0).link())
                .isEqualTo("/inbox/mikhailovka-housing/appeals/1a2b3c4d-0000-4000-8000-000000000001");
        assertThat(rows.get(1).link()).as("not one of theirs by name: their first inbox")
                .isEqualTo("/inbox/mikhailovka-roads/appeals/5e6f7a8b-0000-4000-8000-000000000002");
    }

    @Test
    void anAppealIntakeCallsOverdueIsRedEvenWhenTheDeadlineShownIsStillAhead() {
        Instant received = Instant.parse("2026-12-01T07:00:00Z");

        assertThat(FoundAppeal.deadline(received, Instant.parse("2026-12-10T15:00:00Z"), true, NOW).tone())
                .isEqualTo("red");
        assertThat(FoundAppeal.deadline(received, null, true, NOW).label()).isEqualTo("срок нарушен");
        assertThat(FoundAppeal.deadline(received, Instant.parse("2026-12-02T07:00:00Z"), false, NOW).label())
                .startsWith("просрочено на 2 дн.");
    }

    @Test
    void aNumberIsTheIdsBeginningWhenTheAnswerHasNone() {
        JsonNode item = JSON.readTree("""
                {"appealId":"9f8e7d6c-0000-4000-8000-000000000003","status":"RECEIVED","channel":"WEB"}""");

        assertThat(FoundAppeal.of(item, NOW, OPERATOR).number()).isEqualTo("9f8e7d6c");
    }
}
