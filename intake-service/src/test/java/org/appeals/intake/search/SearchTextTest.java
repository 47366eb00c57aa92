package org.appeals.intake.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Author;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wordFormsMeetInOneStemAndStopWordsAreLeftOut() {
        assertThat(SearchText.stems("ЯМЫ на дорогах")).containsExactly("ям", "дорог");
        assertThat(SearchText.stems("Огромная яма, яма на яме")).containsExactly("огромн", "ям");
        assertThat(SearchText.stems("и в не")).isEmpty();
        assertThat(SearchText.stems(null)).isEmpty();
    }

    @Test
    void theExcerptHidesTheAuthorsNameContactsAndPhoneNumbers() {
        Author author = new Author("vk-1", "Мария Петрова", "maria@example.org");
        String text = "Меня зовут мария петрова, пишу с maria@example.org и ivan@mail.ru, звоните +7 (900) 123-45-67."
                + " Яма у дома 5 с 2024 года";

        String excerpt = SearchText.excerpt(text, author);

        assertThat(excerpt).doesNotContain("мария петрова", "maria@", "ivan@", "123-45-67")
                .contains("Яма у дома 5 с 2024 года");
    }

    @Test
    void theExcerptIsOneLineCutAtAWordEnd() {
        String text = "Яма\nна дороге " + "очень длинный текст ".repeat(20);

        String excerpt = SearchText.excerpt(text, null);

        assertThat(excerpt).startsWith("Яма на дороге").matches(".* (очень|длинный|текст)…").doesNotContain("\n");
        assertThat(excerpt.length()).isLessThanOrEqualTo(SearchText.EXCERPT_LENGTH + 1);
    }
}
