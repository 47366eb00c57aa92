package org.appeals.console.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The check's flags marked in the answer text, with nothing of the text lost or turned into markup. */
class FlagHighlighterTest {

    private static final Flag PROMISE = new Flag("PROMISE_WITHOUT_DATE", "Укажите срок работ.", "будет отремонтирована");
    private static final Flag FORMAL = new Flag("FORMAL_ONLY", "Ответ по существу.", "принято к сведению");
    private static final Flag PERSONAL = new Flag("THIRD_PARTY_PERSONAL_DATA", "Уберите телефон.", null);

    private static String joined(List<Segment> segments) {
        return String.join("", segments.stream().map(Segment::text).toList());
    }

    @Test
    void marksEveryOccurrenceOfAFlagsWordsWithItsReason() {
        String text = "Дорога будет отремонтирована. Тротуар тоже будет отремонтирована.";

        FlagHighlighter.Highlighted result = FlagHighlighter.highlight(text, List.of(PROMISE));

        assertThat(result.segments()).filteredOn(Segment::flagged).hasSize(2)
                .allSatisfy(s -> assertThat(s.text()).isEqualTo("будет отремонтирована"))
                .allSatisfy(s -> assertThat(s.reason()).isEqualTo("Обещание без срока: Укажите срок работ."));
        assertThat(joined(result.segments())).isEqualTo(text);
        assertThat(result.unmarked()).isEmpty();
    }

    @Test
    void listsFlagsWithoutWordsApartAndMergesOverlappingMarks() {
        String text = "Обращение принято к сведению.";
        Flag overlapping = new Flag("FORMAL_ONLY", "Ещё.", "к сведению.");

        FlagHighlighter.Highlighted result = FlagHighlighter.highlight(text, List.of(FORMAL, overlapping, PERSONAL));

        assertThat(result.segments()).extracting(Segment::text)
                .containsExactly("Обращение ", "принято к сведению.");
        assertThat(result.segments().get(1).reason()).contains("Ответ по существу.", "Ещё.");
        assertThat(result.unmarked()).containsExactly(PERSONAL);
    }

    @Test
    void keepsMarkupInTheAnswerAsPlainText() {
        String text = "<script>alert(1)</script> Ваше обращение ПРИНЯТО К СВЕДЕНИЮ";

        FlagHighlighter.Highlighted result = FlagHighlighter.highlight(text, List.of(FORMAL));

        assertThat(result.segments()).extracting(Segment::text)
                .containsExactly("<script>alert(1)</script> Ваше обращение ", "ПРИНЯТО К СВЕДЕНИЮ");
        assertThat(joined(result.segments())).isEqualTo(text);
    }

    @Test
    void anEmptyAnswerHasNoSegments() {
        assertThat(FlagHighlighter.highlight(null, List.of(FORMAL)).segments()).isEmpty();
    }
}
