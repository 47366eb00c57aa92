package org.appeals.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.appeals.contracts.Author;
import org.junit.jupiter.api.Test;

class ResidentKeyTest {

    @Test
    void anEmailIsComparedInLowerCaseAndAPhoneByItsDigitsWhicheverWayItWasWritten() {
        assertThat(ResidentKey.normalise(" Petr@Example.ORG ")).isEqualTo("petr@example.org");
        assertThat(ResidentKey.normalise("+7 (900) 111-22-33")).isEqualTo("79001112233");
        assertThat(ResidentKey.normalise("8 900 111 22 33")).isEqualTo("79001112233");
        assertThat(ResidentKey.normalise("9001112233")).isEqualTo("79001112233");
        assertThat(ResidentKey.normalise("77")).isNull();
    }

    @Test
    void aContactMatchesTheAuthorsContactOrAnyReplyAddressValue() {
        ResidentKey resident = ResidentKey.of("89001112233", null);

        assertThat(resident.matches(new Author("tg-1", "Пётр", "+79001112233"), Map.of())).isTrue();
        assertThat(resident.matches(null, Map.of("phone", "+7 900 111-22-33"))).isTrue();
        assertThat(resident.matches(new Author("tg-1", "Пётр", null), Map.of("chatId", "77"))).isFalse();
    }

    @Test
    void anAuthorIdMatchesOnlyThatAuthor() {
        ResidentKey resident = ResidentKey.of(null, " vk-id-77 ");

        assertThat(resident.matches(new Author("vk-id-77", null, null), Map.of())).isTrue();
        assertThat(resident.matches(new Author("vk-id-78", null, null), Map.of("email", "vk-id-77"))).isFalse();
        assertThat(resident.toString()).doesNotContain("vk-id-77");
    }

    @Test
    void exactlyOneOfContactAndAuthorIdAndAContactMustBeAnEmailOrAPhone() {
        assertThatThrownBy(() -> ResidentKey.of(null, " ")).hasMessageContaining("either contact");
        assertThatThrownBy(() -> ResidentKey.of("a@b.ru", "vk-1")).hasMessageContaining("either contact");
        assertThatThrownBy(() -> ResidentKey.of("12345", null)).hasMessageContaining("10 digits");
    }
}
