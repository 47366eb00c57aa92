package org.appeals.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RussianTextTest {

    @Test
    void normalFormIsLowerCaseWithYoReadAsYe() {
        assertThat(RussianText.normalise("ЁЛКА во Дворе, ещё НЕ убрана")).isEqualTo("елка во дворе, еще не убрана");
    }

    @Test
    void normalFormDoesNotDependOnTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(RussianText.normalise("ТИХИЙ ПЕРЕУЛОК, DISTRICT I")).isEqualTo("тихий переулок, district i");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void withoutYoKeepsCaseAndEveryOffset() {
        String text = "Ёмкость на ул. Лётчиков вывезем в четверг.";

        String read = RussianText.withoutYo(text);

        assertThat(read).isEqualTo("Емкость на ул. Летчиков вывезем в четверг.").hasSameSizeAs(text);
        assertThat(read.indexOf("Летчиков")).isEqualTo(text.indexOf("Лётчиков"));
    }

    @Test
    void formsOfOneWordShareTheirStem() {
        assertThat(RussianText.stem("ямы")).isEqualTo(RussianText.stem("яма")).isEqualTo(RussianText.stem("ямой"));
        assertThat(RussianText.stem("фонари")).isEqualTo(RussianText.stem("фонарь"));
        assertThat(RussianText.stem("отопления")).isEqualTo(RussianText.stem("отопление"));
        assertThat(RussianText.stem("Михайловке")).isEqualTo(RussianText.stem("Михайловка"));
    }

    @Test
    void differentWordsKeepDifferentStems() {
        assertThat(RussianText.stem("яма")).isNotEqualTo(RussianText.stem("фонарь"));
        assertThat(RussianText.stem("отопление")).isNotEqualTo(RussianText.stem("освещение"));
    }

    @Test
    void aStemIgnoresCaseAndYo() {
        assertThat(RussianText.stem("ЁЛКИ")).isEqualTo(RussianText.stem("елка"));
        assertThat(RussianText.stem("ЯМЫ")).isEqualTo("ям");
    }

    @Test
    void numbersAndAbbreviationsStayAsTheyAre() {
        assertThat(RussianText.stem("5")).isEqualTo("5");
        assertThat(RussianText.stem("ЖКХ")).isEqualTo("жкх");
    }

    @Test
    void wordsCarryTheirNormalFormStemAndPlaceInTheText() {
        String text = "Ямы на дороге, ЁЛКА!";

        List<Word> words = RussianText.words(text);

        assertThat(words).extracting(Word::text).containsExactly("ямы", "на", "дороге", "елка");
        assertThat(words).extracting(Word::stem).containsExactly("ям", "на", "дорог", "елк");
        Word last = words.get(3);
        assertThat(text.substring(last.start(), last.end())).isEqualTo("ЁЛКА");
    }

    @Test
    void stemsOfATextAreItsWordsStemsInOrder() {
        assertThat(RussianText.stems("Нет отопления, фонари не горят"))
                .containsExactly("нет", "отоплен", "фонар", "не", "гор");
        assertThat(RussianText.stems("  ,!  ")).isEmpty();
    }

    @Test
    void aWordBetweenOffsetsIsNormalisedAndStemmedLikeAnyOther() {
        String hashtag = "#ЯмыНаДорогах";

        assertThat(RussianText.word(hashtag, 1, 4)).isEqualTo(new Word("ямы", "ям", 1, 4));
    }

    @Test
    void stopWordsAreTheWordsThatCarryNoMeaningOfTheirOwnInAnyCase() {
        assertThat(RussianText.isStopWord("и")).isTrue();
        assertThat(RussianText.isStopWord("НЕ")).isTrue();
        assertThat(RussianText.isStopWord("что")).isTrue();
        assertThat(RussianText.isStopWord("яма")).isFalse();
        assertThat(RussianText.isStopWord("отопление")).isFalse();
    }
}
