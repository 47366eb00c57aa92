package org.appeals.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.appeals.console.layout.Me;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Routing's triage item, directory and rules as the triage page shows and preselects them. */
class TriageViewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID APPEAL = UUID.fromString("7b0c3f52-9a2e-4a57-8a8e-6f1c2d3e4f50");
    private static final Me CUR = new Me("cur", Role.OPERATOR, true, List.of(), List.of());
    private static final Me MCU = new Me("mcu", Role.OPERATOR, false, List.of("KAMYSHIN"), List.of());

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static TriageItem item(String category, String municipality, String declined) {
        return TriageItem.of(json("{'appealId':'" + APPEAL + "','channel':'VK','receivedAt':'2026-12-04T07:00:00Z',"
                + "'text':'Во дворе на Гагарина <b>яма</b>','suggestedCategory':" + category
                + ",'suggestedMunicipality':" + municipality + ",'reason':{'ruleId':'triage:low-confidence',"
                + "'matchedTerms':['яма','двор'],'confidence':0.31,'explanation':'two categories matched'},"
                + "'declinedBy':[" + declined + "]}"));
    }

    private static RoutingDirectory directory() {
        return RoutingDirectory.of(json("[{'id':'kamyshin-roads','name':'Дороги Камышина','municipality':'KAMYSHIN',"
                        + "'categories':['ROADS'],'active':true},"
                        + "{'id':'kamyshin-landscaping','name':'Благоустройство Камышина','municipality':'KAMYSHIN',"
                        + "'categories':['LANDSCAPING','ROADS'],'active':true},"
                        + "{'id':'frolovo-snow','name':'Снегоуборка Фролово','municipality':'FROLOVO',"
                        + "'categories':['ROADS'],'active':false}]"),
                json("{'version':3,'overrides':[],'rules':[{'category':'ROADS','municipality':'KAMYSHIN',"
                        + "'departmentId':'kamyshin-roads','ruleId':'municipal:ROADS'}]}"));
    }

    @Test
    void readsTheSuggestionWithItsExplanationAndConfidence() {
        TriageItem item = item("'ROADS'", "'KAMYSHIN'", "");

        assertThat(item.appealId()).isEqualTo(APPEAL);
        assertThat(item.channelName()).isEqualTo("ВКонтакте");
        assertThat(item.categoryName()).isEqualTo("Дороги");
        assertThat(item.municipalityName()).isEqualTo("Камышин");
        assertThat(item.confidencePercent()).isEqualTo("31 %");
        assertThat(item.why()).isEqualTo("Классификатор не уверен");
        assertThat(item.explanation()).isEqualTo("two categories matched");
        assertThat(item.matchedTerms()).containsExactly("яма", "двор");
        assertThat(item.received()).isEqualTo("4 декабря 2026, 10:00");
    }

    @Test
    void preselectsTheDepartmentTheRulesProposeForTheSuggestion() {
        Pickers pickers = Pickers.of(item("'ROADS'", "'KAMYSHIN'", ""), null, null, null, directory(), CUR);

        assertThat(pickers.category()).isEqualTo("ROADS");
        assertThat(pickers.municipality()).isEqualTo("KAMYSHIN");
        assertThat(pickers.department()).isEqualTo("kamyshin-roads");
        assertThat(pickers.categories()).filteredOn(Choice::selected).extracting(Choice::name).containsExactly("Дороги");
        assertThat(pickers.categories()).extracting(Choice::code).doesNotContain("OTHER");
        assertThat(pickers.municipalities()).extracting(Choice::code).doesNotContain("UNKNOWN").hasSize(38);
        // inactive departments are not offered; those answering the category there come first
        assertThat(pickers.departments()).extracting(DepartmentOption::id)
                .containsExactly("kamyshin-landscaping", "kamyshin-roads");
    }

    @Test
    void neverPreselectsADepartmentThatDeclinedTheAppeal() {
        Pickers pickers = Pickers.of(item("'ROADS'", "'KAMYSHIN'", "'kamyshin-roads'"), null, null, null,
                directory(), CUR);

        assertThat(pickers.department()).isEqualTo("kamyshin-landscaping");
        assertThat(pickers.departments()).filteredOn(DepartmentOption::declined).extracting(DepartmentOption::label)
                .containsExactly("Дороги Камышина (уже отказалось)");
    }

    @Test
    void leavesCouldNotTellUnselectedAndKeepsTheOperatorsChoice() {
        Pickers guessless = Pickers.of(item("'OTHER'", "'UNKNOWN'", ""), null, null, null, directory(), CUR);
        assertThat(guessless.category()).isEmpty();
        assertThat(guessless.municipality()).isEmpty();
        assertThat(guessless.department()).isEmpty();

        Pickers chosen = Pickers.of(item("'OTHER'", "'UNKNOWN'", ""), "ROADS", "KAMYSHIN", "kamyshin-landscaping",
                directory(), CUR);
        assertThat(chosen.department()).isEqualTo("kamyshin-landscaping");
    }

    @Test
    void offersAMunicipalCentreOnlyItsOwnMunicipalities() {
        Pickers pickers = Pickers.of(item("'ROADS'", "'KAMYSHIN'", ""), null, null, null, directory(), MCU);

        assertThat(pickers.municipalities()).extracting(Choice::code).containsExactly("KAMYSHIN");
    }
}
