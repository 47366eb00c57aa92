package org.appeals.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeals.console.inbox.FlaggedText.Piece;
import org.junit.jupiter.api.Test;

class FlaggedTextTest {

    private static final CheckFlag PROMISE =
            new CheckFlag("PROMISE_WITHOUT_DATE", "Укажите дату работ.", "будет отремонтирована");
    private static final CheckFlag PERSONAL_DATA =
            new CheckFlag("THIRD_PARTY_PERSONAL_DATA", "Уберите чужие персональные данные.", null);

    @Test
    void marksTheFlaggedWordsWithTheirReasonAndKeepsTheRestAsIs() {
        FlaggedText text = FlaggedText.of("Дорога будет отремонтирована. Спасибо.", List.of(PROMISE));

        assertThat(text.pieces()).containsExactly(
                new Piece("Дорога ", null),
                new Piece("будет отремонтирована", "Обещание без срока: Укажите дату работ."),
                new Piece(". Спасибо.", null));
        assertThat(text.unplaced()).isEmpty();
    }

    @Test
    void keepsMarkupOfTheAnswerAsPlainTextPiecesForTheTemplateToEscape() {
        FlaggedText text = FlaggedText.of("<script>x()</script> будет отремонтирована <b>", List.of(PROMISE));

        assertThat(text.pieces()).extracting(Piece::text)
                .containsExactly("<script>x()</script> ", "будет отремонтирована", " <b>");
        assertThat(String.join("", text.pieces().stream().map(Piece::text).toList()))
                .isEqualTo("<script>x()</script> будет отремонтирована <b>");
    }

    @Test
    void flagsWithoutWordsAreListedBesideTheText() {
        FlaggedText text = FlaggedText.of("Позвоните Иванову по номеру 8-900-000-00-00.", List.of(PERSONAL_DATA));

        assertThat(text.pieces()).containsExactly(new Piece("Позвоните Иванову по номеру 8-900-000-00-00.", null));
        assertThat(text.unplaced()).containsExactly(PERSONAL_DATA);
    }

    @Test
    void overlappingFlagsBecomeOneMarkWithBothReasons() {
        CheckFlag formal = new CheckFlag("FORMAL_ONLY", "Ответьте по существу.", "отремонтирована. Спасибо");

        FlaggedText text = FlaggedText.of("Дорога будет отремонтирована. Спасибо.", List.of(PROMISE, formal));

        assertThat(text.pieces()).hasSize(3);
        Piece marked = text.pieces().get(1);
        assertThat(marked.text()).isEqualTo("будет отремонтирована. Спасибо");
        assertThat(marked.reason()).contains("Обещание без срока").contains("Формальная отписка");
    }

    @Test
    void marksEveryOccurrenceAndListsWordsNoLongerInTheText() {
        CheckFlag gone = new CheckFlag("LAW_INSTEAD_OF_ANSWER", "Ответьте по существу.", "ст. 12 59-ФЗ");

        FlaggedText text = FlaggedText.of("будет отремонтирована и будет отремонтирована", List.of(PROMISE, gone));

        assertThat(text.pieces()).filteredOn(Piece::flagged).hasSize(2);
        assertThat(text.unplaced()).containsExactly(gone);
    }

    @Test
    void aMissingTextHasNoPieces() {
        assertThat(FlaggedText.of(null, List.of(PROMISE)).pieces()).isEmpty();
    }
}
