package org.appeals.ok.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** «статус» asks for the chat's appeals; states are said in Russian. */
class StatusWordsTest {

    @Test
    void statusInRussianOrAsACommandAsksForTheAppeals() {
        assertThat(StatusWords.asksForStatus(" Статус ")).isTrue();
        assertThat(StatusWords.asksForStatus("/status")).isTrue();
        assertThat(StatusWords.asksForStatus("Какой статус у моей ямы?")).isFalse();
    }

    @Test
    void statesAreSaidInPlainWords() {
        assertThat(StatusWords.of("IN_PROGRESS")).isEqualTo("в работе");
        assertThat(StatusWords.of(null)).isEqualTo("состояние сейчас не удалось узнать");
    }
}
