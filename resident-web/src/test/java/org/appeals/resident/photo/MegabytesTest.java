package org.appeals.resident.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MegabytesTest {

    @Test
    void saysSizesInMegabytesTheRussianWay() {
        assertThat(Megabytes.of(5L * 1024 * 1024)).isEqualTo("5 МБ");
        assertThat(Megabytes.of(20L * 1024 * 1024 + 300 * 1024)).isEqualTo("20,3 МБ");
    }
}
