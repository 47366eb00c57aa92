package org.appeals.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IdempotencyKeyTest {

    @Test
    void acceptsOneToTwoHundredPrintableAsciiCharacters() {
        assertThat(IdempotencyKey.of("a", "POST /x").value()).isEqualTo("a");
        assertThat(IdempotencyKey.of("~".repeat(200), "POST /x").present()).isTrue();
        assertThat(IdempotencyKey.of("answer 42: {interim}", "POST /x").present()).isTrue();
    }

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(null, "POST /x").present()).isFalse();
    }

    @Test
    void refusesEmptyTooLongAndNonAsciiKeysWith400() {
        for (String bad : new String[] {"", "k".repeat(201), "ключ", "tab\there", "line\nbreak", "del\u007f"}) {
            assertThatThrownBy(() -> IdempotencyKey.of(bad, "POST /x")).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }
}
