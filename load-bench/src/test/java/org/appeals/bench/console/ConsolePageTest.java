package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ConsolePageTest {

    private static final URI CONSOLE = URI.create("http://localhost:8080/console");

    @Test
    void percentEncodesTheQueryAPersonTypesInRussian() {
        assertThat(new ConsolePage("/search?q=яма").uri(CONSOLE))
                .hasToString("http://localhost:8080/console/search?q=%D1%8F%D0%BC%D0%B0");
    }

    @Test
    void keepsPathsAndSeveralParametersAsTheyAre() {
        assertThat(new ConsolePage("/search?status=ASSIGNED&sort=due").uri(CONSOLE))
                .hasToString("http://localhost:8080/console/search?status=ASSIGNED&sort=due");
        assertThat(new ConsolePage("/inbox/mikhailovka-roads/incidents").uri(CONSOLE))
                .hasToString("http://localhost:8080/console/inbox/mikhailovka-roads/incidents");
    }

    @Test
    void aConsolePathStartsWithASlash() {
        assertThatThrownBy(() -> new ConsolePage("today")).isInstanceOf(IllegalArgumentException.class);
    }
}
