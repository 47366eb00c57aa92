package org.appeals.resident.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesTest {

    @Test
    void agreesTheWordWithTheNumber() {
        assertThat(Minutes.of(1)).isEqualTo("1 минуту");
        assertThat(Minutes.of(3)).isEqualTo("3 минуты");
        assertThat(Minutes.of(11)).isEqualTo("11 минут");
        assertThat(Minutes.of(15)).isEqualTo("15 минут");
        assertThat(Minutes.of(21)).isEqualTo("21 минуту");
    }
}
