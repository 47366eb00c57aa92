package org.appeals.notification.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    static final String MARKER = " … Полный текст: https://cur34.ru/f/1";

    @Test
    void aReplyThatFitsStaysOneUnnumberedPart() {
        assertThat(TextSplitter.split("  Яма заделана.  ", new ChannelLimits(4096, 5), MARKER))
                .containsExactly("Яма заделана.");
    }

    @Test
    void noLimitMeansOnePartHoweverLong() {
        String longText = "Слово ".repeat(5000).strip();

        assertThat(TextSplitter.split(longText, ChannelLimits.NONE, MARKER)).containsExactly(longText);
    }

    @Test
    void splitsBetweenParagraphsFirstAndNumbersThePartsWithinTheLimit() {
        String first = "Первый абзац ответа, достаточно длинный, чтобы занять место.";
        String second = "Второй абзац ответа, тоже довольно длинный текст здесь.";
        List<String> parts = TextSplitter.split(first + "\n\n" + second, new ChannelLimits(70, 5), MARKER);

        assertThat(parts).containsExactly("(1/2) " + first, "(2/2) " + second);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70));
    }

    @Test
    void splitsBetweenSentencesWhenAParagraphIsTooLongAndLosesNoWord() {
        String text = "Работы по ремонту дороги выполнены. Асфальт уложен на всём участке. "
                + "Разметка будет нанесена весной. Спасибо за обращение!";
        List<String> parts = TextSplitter.split(text, new ChannelLimits(70, 5), MARKER);

        assertThat(parts).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70))
                .allSatisfy(part -> assertThat(part).matches("\\(\\d/\\d\\) .*[.!]"));
        assertThat(String.join(" ", parts.stream().map(p -> p.substring(6)).toList())).isEqualTo(text);
    }

    @Test
    void smsSizedPartsOfSeventyCyrillicCharactersBreakBetweenWords() {
        String text = "Уважаемый житель контейнерная площадка на улице Мира будет очищена до конца недели "
                + "силами регионального оператора по обращению с отходами";
        List<String> parts = TextSplitter.split(text, new ChannelLimits(70, 5), MARKER);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70));
        assertThat(String.join(" ", parts.stream().map(p -> p.substring(6)).toList())).isEqualTo(text);
    }

    @Test
    void aWordLongerThanAPartIsCutRatherThanLost() {
        String link = "https://example.org/" + "a".repeat(150);
        List<String> parts = TextSplitter.split(link, new ChannelLimits(70, 5), MARKER);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70));
        assertThat(String.join("", parts.stream().map(p -> p.substring(6)).toList())).isEqualTo(link);
    }

    @Test
    void anSmsSizedReplyTooLongForItsPartsEndsWithAnEllipsisInsteadOfTheLink() {
        String text = "Слово за словом идёт длинный ответ. ".repeat(20).strip();
        List<String> parts = TextSplitter.split(text, new ChannelLimits(70, 2), MARKER);

        assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70));
        assertThat(parts.get(1)).endsWith(" …");
    }

    @Test
    void aReplyLongerThanTheChannelsPartsIsShortenedWithTheLinkToTheFullAnswer() {
        String text = "Предложение номер один. ".repeat(40).strip();
        List<String> parts = TextSplitter.split(text, new ChannelLimits(100, 3), MARKER);

        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(100));
        assertThat(parts.get(0)).startsWith("(1/3) Предложение номер один.");
        assertThat(parts.get(2)).startsWith("(3/3) ").endsWith(MARKER);
    }
}
