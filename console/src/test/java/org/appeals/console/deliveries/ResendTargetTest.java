package org.appeals.console.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResendTargetTest {

    @Test
    void returnsToTheCardTheButtonWasOn() {
        assertThat(ResendTarget.of("1a2b3c4d-0000-4000-8000-000000000001", null).redirect())
                .isEqualTo("redirect:/appeals/1a2b3c4d-0000-4000-8000-000000000001");
    }

    @Test
    void returnsToTheParkedListWithItsChannelFilter() {
        assertThat(ResendTarget.of(null, "VK").redirect()).isEqualTo("redirect:/deliveries?channel=VK");
        assertThat(ResendTarget.of("", "").redirect()).isEqualTo("redirect:/deliveries");
    }

    @Test
    void nothingElseFromTheFormSteersTheRedirect() {
        assertThat(ResendTarget.of("//evil.example/x", "VK&x=1").redirect()).isEqualTo("redirect:/deliveries");
    }
}
