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
    void theBannerSaysWhereTheMailServerIsAndHowToWriteToTheCentreAndReadTheAnswer() {
        StackSettings settings = StackSettings.defaults(ServiceJars.repoRoot(), Map.of());

        assertThat(StartupBanner.text(settings, 42.0, List.of()))
                .contains("SMTP 127.0.0.1:3025, IMAP 127.0.0.1:3143")
                .contains("appeals@appeals.local")
                .contains(MailDirections.MAIL_COMMAND + " send --from anna@mail.example")
                .contains(MailDirections.MAIL_COMMAND + " read anna@mail.example");
    }

    @Test
    void theBannerSaysHowToWriteOnEachNetworksFakeAndWhereTheReplyShows() {
        String banner = StartupBanner.text(StackSettings.defaults(ServiceJars.repoRoot(), Map.of()), 42.0, List.of());

        assertThat(banner).contains("vk-channel against its local fake of the API at http://localhost:8188")
                .contains("curl -XPOST localhost:8188/fake/comment").contains("curl localhost:8188/fake/threads")
                .contains("curl -XPOST localhost:8189/fake/message").contains("curl localhost:8189/fake/chats")
                .contains("curl -XPOST localhost:8191/fake/message").contains("curl localhost:8191/fake/chats");
    }

    @Test
    void withoutKeycloakTheBannerSaysTheConsoleIsOff() {
        StackSettings settings = StackSettings.defaults(ServiceJars.repoRoot(), Map.of("APPEALS_KEYCLOAK", "off"));

        assertThat(StartupBanner.text(settings, 42.0, List.of()))
                .contains("Console       off: it needs Keycloak to log people in (APPEALS_KEYCLOAK=off)")
                .doesNotContain("/console (log in");
    }
}
