package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The category the resident chose is weighed as a hint and explained, never obeyed. */
class CategoryHintTest {

    private static final String VAGUE = "Сколько можно ждать, никто ничего не делает в Волжском";
    private static final String TORN = "Возле дома на дороге холодная батарея"; // HOUSING 2.5 against ROADS 2
    private static final String POTHOLE = "Огромная яма на дороге в Михайловке";

    private final Classifier classifier = Classifier.standard();

    @Test
    void aTextWithNoEvidenceGoesToTheHintedCategoryAsASuggestionWithNoConfidence() {
        assertThat(classifier.classify(VAGUE, null).category()).isEqualTo(Category.OTHER);

        Classification result = classifier.classify(VAGUE, null, "HOUSING");

        assertThat(result.category()).isEqualTo(Category.HOUSING);
        assertThat(result.categoryConfidence()).isZero();
        assertThat(result.hint()).isEqualTo(Category.HOUSING);
        assertThat(result.hintEffect()).isEqualTo(HintEffect.ALONE);
        assertThat(result.municipality()).isEqualTo(Municipality.VOLZHSKY);
        assertThat(result.matchedTerms()).containsExactly("Волжском");
        assertThat(result.explanation()).contains("житель выбрал направление «ЖКХ»",
                "в тексте нет слов об этом направлении", "только как предложение оператору");
    }

    @Test
    void aTextWithOnlyAWeakWordForAnotherCategoryLeavesTheHintAsTheSuggestionAndSaysSo() {
        String weak = "Тут знак висит криво";

        Classification result = classifier.classify(weak, null, "HOUSING");

        assertThat(classifier.classify(weak, null).category()).isEqualTo(Category.ROADS);
        assertThat(result.category()).isEqualTo(Category.HOUSING);
        assertThat(result.categoryConfidence()).isZero();
        assertThat(result.hintEffect()).isEqualTo(HintEffect.ALONE);
        assertThat(result.explanation()).startsWith("по одному тексту: направление «Дороги» по словам: знак")
                .contains("в тексте нет слов об этом направлении, а о направлении «Дороги» лишь слабые");
    }

    @Test
    void anAmbiguousTextGoesToTheHintedCategoryAmongThoseItMentions() {
        Classification unhinted = classifier.classify(TORN, null);

        Classification result = classifier.classify(TORN, null, "ROADS");

        assertThat(unhinted.category()).isEqualTo(Category.HOUSING);
        assertThat(result.category()).isEqualTo(Category.ROADS);
        assertThat(result.hintEffect()).isEqualTo(HintEffect.TIPPED);
        assertThat(result.categoryConfidence()).isPositive();
        assertThat(result.matchedTerms()).containsExactly("дороге");
        assertThat(result.explanation()).contains("житель выбрал направление «Дороги»: текст неоднозначен, "
                + "выбор жителя учтён и перевесил");
    }

    @Test
    void aTextThatClearlySaysAnotherCategoryKeepsItAndItsConfidence() {
        Classification unhinted = classifier.classify(POTHOLE, null);

        Classification result = classifier.classify(POTHOLE, null, "HOUSING");

        assertThat(result.category()).isEqualTo(Category.ROADS);
        assertThat(result.categoryConfidence()).isEqualTo(unhinted.categoryConfidence());
        assertThat(result.matchedTerms()).isEqualTo(unhinted.matchedTerms());
        assertThat(result.hint()).isEqualTo(Category.HOUSING);
        assertThat(result.hintEffect()).isEqualTo(HintEffect.OUTWEIGHED);
        assertThat(result.explanation()).contains("житель выбрал направление «ЖКХ», но текст ясно говорит о "
                + "направлении «Дороги»: выбор жителя перевешен текстом");
    }

    @Test
    void aHintAgreeingWithTheTextRaisesTheConfidenceByNoMoreThanTheTextsOwnWords() {
        String asphalt = "Асфальт во дворе в Камышине"; // ROADS 2 against LANDSCAPING 1.5
        Classification unhinted = classifier.classify(asphalt, null);

        Classification result = classifier.classify(asphalt, null, "ROADS");

        assertThat(result.category()).isEqualTo(Category.ROADS);
        assertThat(result.hintEffect()).isEqualTo(HintEffect.AGREED);
        assertThat(result.categoryConfidence()).isGreaterThan(unhinted.categoryConfidence()).isLessThan(0.9);
        assertThat(result.explanation()).contains("житель выбрал направление «Дороги»: текст говорит о том же, "
                + "выбор жителя учтён");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POTHOLES", "42", "дороги", "ROADS; DROP"})
    void anUnknownHintCodeIsIgnoredAndCounted(String code) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Classifier observed = classifier.observedBy(new ClassificationMetrics(registry)::record);
        Classification unhinted = classifier.classify(VAGUE, null);

        Classification result = observed.classify(VAGUE, null, code);

        assertThat(result.category()).isEqualTo(unhinted.category());
        assertThat(result.categoryConfidence()).isEqualTo(unhinted.categoryConfidence());
        assertThat(result.explanation()).isEqualTo(unhinted.explanation());
        assertThat(result.hint()).isNull();
        assertThat(result.hintEffect()).isEqualTo(HintEffect.UNKNOWN);
        assertThat(registry.get(ClassificationMetrics.HINTS).tag("effect", "unknown").counter().count())
                .isEqualTo(1);
        assertThat(registry.get(ClassificationMetrics.HINTS).tag("effect", "alone").counter().count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankHintIsNoHint(String code) {
        Classification result = classifier.classify(VAGUE, null, code);

        assertThat(result.hintEffect()).isEqualTo(HintEffect.NONE);
        assertThat(result).isEqualTo(classifier.classify(VAGUE, null));
    }

    @Test
    void aCodeIsReadWhateverItsCaseAndSpaces() {
        assertThat(classifier.classify(VAGUE, null, " housing ").hint()).isEqualTo(Category.HOUSING);
    }

    @Test
    void eachEffectIsCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Classifier observed = classifier.observedBy(new ClassificationMetrics(registry)::record);

        observed.classify(POTHOLE, null, "ROADS");
        observed.classify(POTHOLE, null, "HOUSING");
        observed.classify(TORN, null, "ROADS");
        observed.classify(VAGUE, null, "HOUSING");
        observed.classify(VAGUE, null, null);

        for (String effect : new String[] {"agreed", "outweighed", "tipped", "alone"}) {
            assertThat(registry.get(ClassificationMetrics.HINTS).tag("effect", effect).counter().count())
                    .as(effect).isEqualTo(1);
        }
    }

    @Test
    void theHintsWeightIsBoundedByADecisiveTermAndZeroOnlyFillsSilence() {
        Classifier weightless = classifier.withHintWeight(0);

        assertThat(weightless.classify(TORN, null, "ROADS").category()).isEqualTo(Category.HOUSING);
        assertThat(weightless.classify(TORN, null, "ROADS").hintEffect()).isEqualTo(HintEffect.OUTWEIGHED);
        assertThat(weightless.classify(VAGUE, null, "HOUSING").hintEffect()).isEqualTo(HintEffect.ALONE);
        assertThatThrownBy(() -> classifier.withHintWeight(3.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hint-weight");
        assertThatThrownBy(() -> classifier.withHintWeight(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> classifier.withHintWeight(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operatorsExamplesThatAreSureOutweighAHintAlone() {
        String later = "Опять соседский петух кукарекает в четыре утра, спать невозможно. Михайловка";
        classifier.examples().learn("a1:TRIAGE", "Петухи соседа кукарекают с четырёх утра, никто не спит",
                Category.ANIMALS);

        Classification result = classifier.classify(later, null, "HOUSING");

        assertThat(result.category()).isEqualTo(Category.ANIMALS);
        assertThat(result.hintEffect()).isEqualTo(HintEffect.OUTWEIGHED);
        assertThat(result.explanation()).contains("по 1 решениям операторов", "«Животные»",
                "перевешен");
    }
}
