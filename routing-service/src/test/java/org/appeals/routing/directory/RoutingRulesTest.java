package org.appeals.routing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.HintEffect;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    private final RoutingRules rules = new RoutingRules(Directory.standard(), 0.35);

    @Test
    void aMunicipalCategoryGoesToTheMunicipalitysDepartment() {
        Placement placement = rules.place(classified(Category.ROADS, 0.9, Municipality.MIKHAILOVKA, 0.95));

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(placement.department().id()).isEqualTo("mikhailovka-roads");
        assertThat(placement.reason().ruleId()).isEqualTo("municipal:ROADS");
        assertThat(placement.reason().confidence()).isEqualTo(0.855);
        assertThat(placement.reason().matchedTerms()).containsExactly("яма");
    }

    @Test
    void aDistrictsMunicipalCategoryGoesToTheDistrictAdministration() {
        Placement placement = rules.place(classified(Category.HOUSING, 0.9, Municipality.PALLASOVSKY, 0.95));

        assertThat(placement.department().id()).isEqualTo("pallasovsky-admin");
    }

    @Test
    void aRegionalCategoryGoesToTheRegionalBodyKeepingTheMunicipalityAsContext() {
        Placement placement = rules.place(classified(Category.WASTE, 0.8, Municipality.KAMYSHIN, 0.95));
        Placement nowhere = rules.place(classified(Category.WASTE, 0.8, Municipality.UNKNOWN, 0));

        assertThat(placement.department().id()).isEqualTo("region-waste");
        assertThat(placement.municipality()).isEqualTo(Municipality.KAMYSHIN);
        assertThat(placement.reason().ruleId()).isEqualTo("regional:WASTE");
        assertThat(nowhere.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(nowhere.department().id()).isEqualTo("region-waste");
    }

    @Test
    void otherGoesToTriageWithItsGuesses() {
        Placement placement = rules.place(classified(Category.OTHER, 0.3, Municipality.VOLGOGRAD, 0.95));

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(placement.department()).isNull();
        assertThat(placement.municipality()).isEqualTo(Municipality.VOLGOGRAD);
        assertThat(placement.reason().ruleId()).isEqualTo("triage:other");
    }

    @Test
    void aMunicipalCategoryWithoutAMunicipalityGoesToTriage() {
        Placement placement = rules.place(classified(Category.MUNICIPAL_SERVICES, 0.8, Municipality.UNKNOWN, 0));

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(placement.category()).isEqualTo(Category.MUNICIPAL_SERVICES);
        assertThat(placement.reason().ruleId()).isEqualTo("triage:no-municipality");
    }

    @Test
    void lowConfidenceGoesToTriageSayingHowLow() {
        Placement placement = rules.place(classified(Category.ROADS, 0.4, Municipality.VOLGOGRAD, 0.6));

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(placement.reason().ruleId()).isEqualTo("triage:low-confidence");
        assertThat(placement.reason().explanation()).contains("уверенность 0,24 ниже порога 0,35");
    }

    @Test
    void anOverrideSendsTheCategoryInThatMunicipalityElsewhereAndSaysSo() {
        RoutingRules overridden = new RoutingRules(() -> new RoutingTable(Directory.standard(), List.of(
                new RuleOverride(Category.ROADS, Municipality.MIKHAILOVKA, "mikhailovka-landscaping", "yards"))), 0.35);

        Placement placement = overridden.place(classified(Category.ROADS, 0.9, Municipality.MIKHAILOVKA, 0.95));
        Placement elsewhere = overridden.place(classified(Category.ROADS, 0.9, Municipality.FROLOVO, 0.95));

        assertThat(placement.department().id()).isEqualTo("mikhailovka-landscaping");
        assertThat(placement.reason().ruleId()).isEqualTo("override:ROADS:MIKHAILOVKA");
        assertThat(elsewhere.reason().ruleId()).isEqualTo("municipal:ROADS");
    }

    @Test
    void anOverrideNeverPlacesWhatMustGoToTriage() {
        RoutingRules overridden = new RoutingRules(() -> new RoutingTable(Directory.standard(), List.of(
                new RuleOverride(Category.ROADS, null, "region-safety", "everything to safety"))), 0.35);

        Placement placement = overridden.place(classified(Category.ROADS, 0.9, Municipality.UNKNOWN, 0));

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(placement.reason().ruleId()).isEqualTo("triage:no-municipality");
    }

    @Test
    void aCategoryOnlyTheResidentsHintNamesIsASuggestionForTriageWhateverTheThreshold() {
        RoutingRules trusting = new RoutingRules(Directory.standard(), 0);
        Classification hintOnly = new Classification(Category.HOUSING, 0, Municipality.VOLZHSKY, 0.95, List.of(),
                "no category term found; житель выбрал направление «ЖКХ»", Category.HOUSING, HintEffect.ALONE);

        Placement placement = trusting.place(hintOnly);

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.TRIAGE);
        assertThat(placement.category()).isEqualTo(Category.HOUSING);
        assertThat(placement.municipality()).isEqualTo(Municipality.VOLZHSKY);
        assertThat(placement.reason().ruleId()).isEqualTo("triage:hint-only");
        assertThat(placement.reason().explanation()).contains("«ЖКХ»", "направление «ЖКХ» назвал только житель");
    }

    @Test
    void aHintTheTextAgreesWithIsPlacedLikeAnyConfidentClassification() {
        Classification agreed = new Classification(Category.HOUSING, 0.8, Municipality.VOLZHSKY, 0.95,
                List.of("батарея"), "житель выбрал направление «ЖКХ»: текст говорит о том же", Category.HOUSING,
                HintEffect.AGREED);

        Placement placement = rules.place(agreed);

        assertThat(placement.outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
        assertThat(placement.department().id()).isEqualTo("volzhsky-housing");
        assertThat(placement.reason().explanation()).contains("«ЖКХ»");
    }

    private static Classification classified(Category category, double categoryConfidence,
                                             Municipality municipality, double municipalityConfidence) {
        return new Classification(category, categoryConfidence, municipality, municipalityConfidence, List.of("яма"),
                "test classification");
    }
}
