package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Category;
import org.junit.jupiter.api.Test;

/** The naive Bayes over operators' decisions, and how the classifier blends it with the vocabulary. */
class LearningFromExamplesTest {

    private final Classifier classifier = Classifier.standard();

    @Test
    void aPhraseTheVocabularyCannotPlaceIsPlacedAfterAnOperatorLabelledItsKind() {
        String later = "Опять соседский петух кукарекает в четыре утра, спать невозможно. Михайловка";
        assertThat(classifier.classify(later, null).category()).isEqualTo(Category.OTHER);

        classifier.examples().learn("a1:TRIAGE", "Петухи соседа кукарекают с четырёх утра, никто не спит",
                Category.ANIMALS);
        Classification result = classifier.classify(later, null);

        assertThat(result.category()).isEqualTo(Category.ANIMALS);
        assertThat(result.categoryConfidence()).isGreaterThan(0.55);
        assertThat(result.explanation()).contains("по 1 решениям операторов");
        assertThat(result.matchedTerms()).contains("петух", "кукарекает");
    }

    @Test
    void oneSharedCommonWordDoesNotRouteAnUnrelatedText() {
        classifier.examples().learn("a1:TRIAGE", "Петухи соседа кукарекают с четырёх утра, никто не спит",
                Category.ANIMALS);

        Classification result = classifier.classify("Сосед поставил высокий глухой забор", null);

        assertThat(result.category()).isEqualTo(Category.OTHER);
        assertThat(result.explanation()).doesNotContain("решениям операторов");
    }

    @Test
    void aSureVocabularyGuessIsNotOverriddenByExamples() {
        classifier.examples().learn("a1:TRIAGE", "Огромная яма на дороге у школы", Category.EDUCATION);

        assertThat(classifier.classify("Огромная яма на дороге у остановки", null).category())
                .isEqualTo(Category.ROADS);
    }

    @Test
    void relabellingAnAppealReplacesWhatItTaught() {
        String text = "Петухи соседа кукарекают с четырёх утра, никто не спит";
        classifier.examples().learn("a1:TRIAGE", text, Category.SAFETY);
        classifier.examples().learn("a1:TRIAGE", text, Category.ANIMALS);

        assertThat(classifier.examples().examples()).isEqualTo(1);
        assertThat(classifier.classify("петух кукарекает под окном", null).category()).isEqualTo(Category.ANIMALS);
    }

    @Test
    void examplesOfSeveralKindsAreToldApart() {
        classifier.examples().learn("a1:TRIAGE", "Петухи соседа кукарекают с четырёх утра", Category.ANIMALS);
        classifier.examples().learn("a2:TRIAGE", "Соседи сверлят стену по выходным с утра до ночи",
                Category.HOUSING);

        assertThat(classifier.classify("сосед опять сверлит стену", null).category()).isEqualTo(Category.HOUSING);
        assertThat(classifier.classify("кукарекают петухи", null).category()).isEqualTo(Category.ANIMALS);
    }
}
