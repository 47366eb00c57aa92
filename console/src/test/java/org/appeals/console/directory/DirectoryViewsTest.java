package org.appeals.console.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DirectoryViewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void showsMunicipalAndRegionalDepartmentsInRussian() {
        List<DepartmentRow> rows = DepartmentRow.list(json("""
                [{"id":"kamyshin-roads","name":"Дорожный отдел Камышина","municipality":"KAMYSHIN",
                  "categories":["ROADS","LANDSCAPING"],"active":true},
                 {"id":"region-waste","name":"Региональный оператор","municipality":null,"categories":["WASTE"],
                  "active":false},
                 {"id":"region-safety","name":"ГУ МЧС","categories":["SAFETY"]}]"""));

        assertThat(rows.get(0).municipalityName()).isEqualTo("Камышин");
        assertThat(rows.get(0).categoryNames()).isEqualTo("Дороги, Благоустройство");
        assertThat(rows.get(0).active()).isTrue();
        assertThat(rows.get(1).regional()).isTrue();
        assertThat(rows.get(1).municipalityName()).isEqualTo("региональный орган");
        assertThat(rows.get(1).active()).isFalse();
        assertThat(rows.get(2).regional()).isTrue();
        assertThat(rows.get(2).active()).as("absent active means active, as routing reads it").isTrue();
    }

    @Test
    void readsOverridesWithoutAMunicipalityAsEverywhereAndFiltersTheRules() {
        RulesView view = RulesView.of(json("""
                {"version":7,
                 "overrides":[{"category":"ROADS","municipality":"KAMYSHIN","departmentId":"kamyshin-landscaping",
                               "reason":"дворовые проезды"},
                              {"category":"WASTE","municipality":null,"departmentId":"region-waste2","reason":"р"}],
                 "rules":[{"category":"ROADS","municipality":"KAMYSHIN","departmentId":"kamyshin-landscaping",
                           "ruleId":"override:ROADS:KAMYSHIN"},
                          {"category":"ROADS","municipality":"FROLOVO","departmentId":"frolovo-roads",
                           "ruleId":"municipal:ROADS"},
                          {"category":"WASTE","municipality":"FROLOVO","departmentId":"region-waste2",
                           "ruleId":"override:WASTE:ANY"},
                          {"category":"SAFETY","municipality":"FROLOVO","departmentId":"region-safety",
                           "ruleId":"regional:SAFETY"}]}"""), "ROADS", null);

        assertThat(view.version()).isEqualTo(7);
        assertThat(view.overrides()).extracting(OverrideRow::key).containsExactly("ROADS-KAMYSHIN", "WASTE-ANY");
        assertThat(view.overrides().get(1).municipalityName()).isEqualTo("все муниципалитеты");
        assertThat(view.rules()).extracting(RuleRow::municipality).containsExactly("KAMYSHIN", "FROLOVO");
        assertThat(view.total()).isEqualTo(4);
        assertThat(view.rules()).extracting(RuleRow::ruleName)
                .containsExactly("исключение", "муниципальная компетенция");
    }

    @Test
    void namesEveryKindOfRule() {
        assertThat(new RuleRow("WASTE", "FROLOVO", "d", "override:WASTE:ANY").ruleName())
                .isEqualTo("исключение для всех муниципалитетов");
        assertThat(new RuleRow("SAFETY", "FROLOVO", "d", "regional:SAFETY").ruleName())
                .isEqualTo("региональная компетенция");
        assertThat(new RuleRow("SAFETY", "FROLOVO", "d", "regional:SAFETY").overridden()).isFalse();
        assertThat(new RuleRow("ROADS", "VOLGOGRAD", "d", "").matches("", "VOLGOGRAD")).isTrue();
    }

    @Test
    void describesAnAuditedChangeInWordsAndVolgogradTime() {
        AuditRow row = AuditRow.of(json("""
                {"at":"2026-12-04T09:15:00Z","actor":{"id":"cur-operator","role":"OPERATOR"},
                 "change":"DEPARTMENT_PUT","target":"frolovo-roads",
                 "before":{"_id":"frolovo-roads","name":"Дороги Фролово","municipality":"FROLOVO",
                           "categories":["ROADS"],"active":true},
                 "after":{"_id":"frolovo-roads","name":"Дороги Фролово","municipality":"FROLOVO",
                          "categories":["ROADS"],"active":false}}"""));

        assertThat(row.at()).isEqualTo("4 декабря 2026, 12:15");
        assertThat(row.actorId()).isEqualTo("cur-operator");
        assertThat(row.actorRole()).isEqualTo("оператор");
        assertThat(row.change()).isEqualTo("ведомство изменено");
        assertThat(row.before()).isEqualTo(
                "название: Дороги Фролово; муниципалитет: Фролово; направления: Дороги; принимает обращения: да");
        assertThat(row.after()).endsWith("принимает обращения: нет");
    }

    @Test
    void showsADeletedOverrideAsNothingAfter() {
        AuditRow row = AuditRow.of(json("""
                {"at":"2026-12-04T09:15:00Z","actor":{"id":"platform-admin","role":"ADMIN"},
                 "change":"OVERRIDE_DELETE","target":"override:ROADS:ANY",
                 "before":{"_id":"ROADS:ANY","category":"ROADS","municipality":"ANY","departmentId":"x",
                           "reason":"ремонт"},"after":null}"""));

        assertThat(row.change()).isEqualTo("исключение снято");
        assertThat(row.actorRole()).isEqualTo("администратор");
        assertThat(row.before()).isEqualTo(
                "направление: Дороги; муниципалитет: все муниципалитеты; ведомство: x; причина: ремонт");
        assertThat(row.after()).isEqualTo("—");
    }

    @Test
    void readsTheApisInstantsInAnyOfTheirFormsAndNeverFailsThePageOnOne() {
        assertThat(Codes.when(json("\"2026-12-04T12:15:00+03:00\""))).isEqualTo("4 декабря 2026, 12:15");
        assertThat(Codes.when(json("1796375700"))).isEqualTo("4 декабря 2026, 12:15");
        assertThat(Codes.when(json("\"вчера\""))).isEqualTo("вчера");
        assertThat(Codes.when(json("null"))).isEmpty();
    }
}
