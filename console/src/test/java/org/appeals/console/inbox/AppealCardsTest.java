package org.appeals.console.inbox;

import static org.appeals.console.inbox.AppealJsonFixtures.APPEAL_ID;
import static org.appeals.console.inbox.AppealJsonFixtures.DEPARTMENT;
import static org.appeals.console.inbox.AppealJsonFixtures.returnedAppeal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AppealCardsTest {

    private static final Instant NOW = Instant.parse("2026-12-09T15:00:00Z");

    @Test
    void readsTheAppealAsTheDepartmentsCard() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, true, NOW);

        assertThat(card.appealId()).isEqualTo(APPEAL_ID);
        assertThat(card.stateLabel()).isEqualTo("Возвращено на доработку");
        assertThat(card.category()).isEqualTo("Дороги");
        assertThat(card.municipality()).isEqualTo("Михайловка");
        assertThat(card.channel()).isEqualTo("ВКонтакте");
        assertThat(card.address()).isEqualTo("ул. Мира, 5");
        assertThat(card.text()).isEqualTo("Яма на ул. Мира <b>у дома 5</b>");
        assertThat(card.received()).isEqualTo("1 декабря 2026, 10:00");
        assertThat(card.can("ACCEPT")).isTrue();
    }

    @Test
    void showsTheOperatorsCommentAndTheReturnedAnswerWithItsFlagMarked() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, true, NOW);

        assertThat(card.returnedComment()).isEqualTo("Когда именно?");
        assertThat(card.finalAnswer().reviewStatus()).isEqualTo("RETURNED");
        assertThat(card.finalAnswer().text().pieces()).filteredOn(FlaggedText.Piece::flagged)
                .extracting(FlaggedText.Piece::text).containsExactly("будет заделана");
    }

    @Test
    void anOperatorReadsTheCardWithoutAnyMove() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, false, NOW);

        assertThat(card.moves()).isEmpty();
        assertThat(card.movable()).isFalse();
    }

    @Test
    void historyHoldsOnlyThisDepartmentsAnswersOldestFirst() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, true, NOW);

        assertThat(card.history()).extracting(HistoryEntry::title)
                .containsExactly("Промежуточный ответ (petrova)", "Окончательный ответ (petrova)");
        assertThat(card.history().get(0).note()).isEqualTo("Окончательный ответ обещан до 15 декабря 2026");
        assertThat(card.history().get(1).note()).contains("возвращён на доработку").contains("Когда именно?");
    }

    @Test
    void linksOnlyWebAttachments() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, true, NOW);

        assertThat(card.attachments()).extracting(AppealCard.Attachment::href)
                .containsExactly("https://vk.com/photo1", null);
        assertThat(card.attachments().get(1).label()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void theAnswerTermRunsFromTheLatestReactionAndTheFirstReactionNoLonger() {
        AppealCard card = AppealCards.of(returnedAppeal(), DEPARTMENT, true, NOW);

        AppealCard.TermLine reaction = card.terms().get(0);
        assertThat(reaction.badge()).isNull();
        assertThat(reaction.note()).isEqualTo("в этом состоянии срок не идёт");
        AppealCard.TermLine answer = card.terms().get(1);
        // 8 days from the interim answer to the due date, 1 day left: under a quarter
        assertThat(answer.badge().tone()).isEqualTo("amber");
        assertThat(answer.due()).isEqualTo("10 декабря 2026, 18:00");
    }

    @Test
    void aDatePromisedInAnInterimAnswerIsATermOfItsOwn() {
        JsonNode promised = ((tools.jackson.databind.node.ObjectNode) returnedAppeal())
                .put("promisedBy", "2026-12-08").put("promisedDueAt", "2026-12-08T20:59:59Z");

        AppealCard card = AppealCards.of(promised, DEPARTMENT, true, NOW);

        assertThat(card.terms()).hasSize(3);
        AppealCard.TermLine promise = card.terms().get(2);
        assertThat(promise.label()).isEqualTo("Обещанный жителю срок");
        assertThat(promise.due()).isEqualTo("8 декабря 2026, 23:59");
        assertThat(promise.badge()).isNotNull();
    }
}
