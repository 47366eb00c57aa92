package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Category;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coordinates, abbreviations, hashtags, mixed topics and what a classification says about itself. */
class ClassifierSignalsTest {

    private static final Classifier classifier = Classifier.standard();
    private static final Location IN_MIKHAILOVKA = new Location(null, 50.06, 43.24);

    @Test
    void coordinatesDecideWhenTheTextNamesNoMunicipality() {
        Classification result = classifier.classify("Яма на дороге у дома 5", IN_MIKHAILOVKA);

        assertThat(result.municipality()).isEqualTo(Municipality.MIKHAILOVKA);
        assertThat(result.explanation()).contains("по координатам");
        assertThat(result.municipalityConfidence()).isBetween(0.5, 0.9);
    }

    @Test
    void aMunicipalityNamedInTheTextBeatsCoordinates() {
        Classification result = classifier.classify("Яма на дороге в Камышине", IN_MIKHAILOVKA);

        assertThat(result.municipality()).isEqualTo(Municipality.KAMYSHIN);
        assertThat(result.explanation()).contains("муниципалитет «Камышин» по словам");
    }

    @Test
    void theAddressNamesTheMunicipalityWhenTheTextDoesNot() {
        Location address = new Location("Волжский, ул. Мира 5", null, null);

        assertThat(classifier.classify("Яма у подъезда", address).municipality()).isEqualTo(Municipality.VOLZHSKY);
    }

    @Test
    void aPointInNoMunicipalitysCircleLeavesItUnknown() {
        Location moscow = new Location(null, 55.75, 37.62);

        assertThat(classifier.classify("Яма на дороге", moscow).municipality()).isEqualTo(Municipality.UNKNOWN);
    }

    @Test
    void aPointInsideAnOkrugTownBelongsToTheTownNotTheDistrictAroundIt() {
        Location inKamyshin = new Location(null, 50.08, 45.41);

        assertThat(classifier.classify("Яма", inKamyshin).municipality()).isEqualTo(Municipality.KAMYSHIN);
    }

    @ParameterizedTest
    @CsvSource({"Сколько можно ждать ответа от ЖКХ, HOUSING", "УК не отвечает на звонки, HOUSING",
            "ТКО не вывозят вторую неделю, WASTE", "В МФЦ не принимают документы, MUNICIPAL_SERVICES",
            "'ДТП на перекрестке, светофор не работает', ROADS"})
    void abbreviationsPointToTheirCategory(String text, Category expected) {
        assertThat(classifier.classify(text, null).category()).isEqualTo(expected);
    }

    @Test
    void camelCaseHashtagsAreReadAsWords() {
        Classification result = classifier.classify("#ЯмыНаДорогах #МояМихайловка", null);

        assertThat(result.category()).isEqualTo(Category.ROADS);
        assertThat(result.municipality()).isEqualTo(Municipality.MIKHAILOVKA);
        assertThat(result.matchedTerms()).contains("Ямы", "Дорогах", "Михайловка");
    }

    @Test
    void theRegionsHashtagMarksNoMunicipality() {
        Classification result = classifier.classify("#ЦУР34 Волгоградская область, яма на дороге", null);

        assertThat(result.municipality()).isEqualTo(Municipality.UNKNOWN);
    }

    @Test
    void withSeveralTopicsTheHighestScoreWinsWithLessConfidence() {
        Classification mixed = classifier.classify("Яма на дороге, выбоина на асфальте, и мусор у дома", null);
        Classification plain = classifier.classify("Яма на дороге, выбоина на асфальте", null);

        assertThat(mixed.category()).isEqualTo(Category.ROADS);
        assertThat(mixed.categoryConfidence()).isLessThan(plain.categoryConfidence());
    }

    @Test
    void textAboutNothingInTheTaxonomyIsOther() {
        Classification result = classifier.classify("#ЦУР34 спасибо всем за работу", null);

        assertThat(result.category()).isEqualTo(Category.OTHER);
        assertThat(result.municipality()).isEqualTo(Municipality.UNKNOWN);
    }

    @Test
    void emptyOrMissingTextIsOtherWithNoConfidence() {
        assertThat(classifier.classify("", null).category()).isEqualTo(Category.OTHER);
        assertThat(classifier.classify(null, null).categoryConfidence()).isZero();
    }

    @Test
    void theExplanationNamesTheDecidingTermsAndConfidenceStaysWithinZeroAndOne() {
        Classification result = classifier.classify("На улице Мира в Михайловке огромная яма на проезжей части", null);

        assertThat(result.matchedTerms()).containsExactly("яма", "проезжей части", "Михайловке");
        assertThat(result.explanation()).contains("направление «Дороги» по словам: яма, проезжая часть", "муниципалитет «Михайловка» по словам");
        assertThat(result.categoryConfidence()).isBetween(0.0, 1.0);
        assertThat(result.municipalityConfidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aHugeTextIsReadOnlyUpToTheLimit() {
        String huge = "спасибо ".repeat(10_000) + "яма";

        assertThat(classifier.classify(huge, null).category()).isEqualTo(Category.OTHER);
    }
}
