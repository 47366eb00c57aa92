package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One-letter typos in long words still find their vocabulary term; short or real different words are left alone. */
class TyposTest {

    private static final Classifier classifier = Classifier.standard();

    @ParameterizedTest
    @CsvSource({"Светафор на перекрёстке не работает, ROADS", "Каналлизация течёт в подвале, HOUSING",
            "'Переполненные контейнеры, мусаровоз не приезжает', WASTE", "Поликлинника не даёт талоны, HEALTHCARE",
            "Отопленние не включили, HOUSING"})
    void aLongWordWithOneWrongMissingOrExtraLetterStillCounts(String text, Category expected) {
        assertThat(classifier.classify(text, null).category()).isEqualTo(expected);
    }

    @Test
    void aMisspelledTownIsStillFound() {
        assertThat(classifier.classify("Яма на дороге в Михайловкке", null).municipality())
                .isEqualTo(Municipality.MIKHAILOVKA);
    }

    @Test
    void shortStemsOneLetterApartAreDifferentWordsNotTypos() {
        Typos typos = new Typos(List.of("светл", "светофор"), List.of());
        Token drill = new Token("сверлит", "сверл", 0, 7);

        assertThat(typos.mend(drill)).isEqualTo(drill);
        assertThat(typos.mend(new Token("светафор", "светафор", 0, 8)).stem()).isEqualTo("светофор");
    }

    @Test
    void swappedNeighbourLettersAreOneTypo() {
        assertThat(EditDistance.withinOne("светофор", "свеотфор", 6)).isTrue();
        assertThat(EditDistance.withinOne("светофор", "свеофтор", 6)).isFalse();
    }
}
