package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    @Test
    void withKeycloakTheBannerSaysWhereToOpenTheConsole() {
        StackSettings settings = StackSettings.defaults(ServiceJars.repoRoot(), Map.of());

        assertThat(StartupBanner.text(settings, 42.0, List.of()))
                .contains("Console: http://localhost:8080/console (log in as a demo person)")
                .contains("cur-operator");
    }

    @Test
    void withoutKeycloakTheBannerSaysTheConsoleIsOff() {
        StackSettings settings = StackSettings.defaults(ServiceJars.repoRoot(), Map.of("APPEALS_KEYCLOAK", "off"));

        assertThat(StartupBanner.text(settings, 42.0, List.of()))
                .contains("Console       off: it needs Keycloak to log people in (APPEALS_KEYCLOAK=off)")
                .doesNotContain("/console (log in");
    }
}
