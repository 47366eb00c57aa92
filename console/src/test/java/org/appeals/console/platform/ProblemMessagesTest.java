package org.appeals.console.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void everyStatusAPersonMeetsIsSaidInRussian() {
        assertThat(new PlatformProblem(403, "This identity acts only for its own departments.").message())
                .startsWith("Нет доступа");
        assertThat(new PlatformProblem(409, null).message()).isEqualTo(ProblemMessages.CONFLICT);
        assertThat(new PlatformProblem(409, null).isConflict()).isTrue();
        assertThat(new PlatformProblem(503, null).message()).contains("временно недоступен");
        assertThat(new PlatformProblem(418, null).message()).contains("418");
    }
}
