package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against pages saved from Keycloak 26.5.6 (the launcher's) serving the demo realm's console client. */
class LoginFormTest {

    private static final URI AUTH = URI.create("http://localhost:8180/realms/appeals/protocol/openid-connect/auth"
            + "?response_type=code&client_id=appeals-console");

    @Test
    void readsTheActionAndFieldsOfKeycloaksLoginForm() throws IOException {
        LoginForm form = LoginForm.parse(page("login-26.5.6.html"), AUTH).orElseThrow();

        assertThat(form.action().toString())
                .startsWith("http://localhost:8180/realms/appeals/login-actions/authenticate?session_code=")
                .contains("&execution=", "&client_id=appeals-console", "&tab_id=")
                .doesNotContain("&amp;");
        assertThat(form.fields()).containsOnlyKeys("username", "password", "credentialId");
    }

    @Test
    void fillsInThePersonAndEncodesTheFormAsABrowserPostsIt() throws IOException {
        LoginForm form = LoginForm.parse(page("login-26.5.6.html"), AUTH).orElseThrow()
                .filledIn("mcu-mikhailovka", "demo-mcu-mikhailovka");

        assertThat(form.encoded()).isEqualTo("username=mcu-mikhailovka&password=demo-mcu-mikhailovka&credentialId=");
    }

    @Test
    void encodesWhatAFormMustNotCarryRaw() {
        LoginForm form = new LoginForm(AUTH, java.util.Map.of()).filledIn("имя", "a&b=c d");

        assertThat(form.encoded()).contains("password=a%26b%3Dc+d", "username=%D0%B8%D0%BC%D1%8F");
    }

    @Test
    void tellsWhatKeycloakSaidWhenTheLoginWasRefused() throws IOException {
        String refused = page("login-failed-26.5.6.html");

        assertThat(LoginForm.error(refused)).contains("Invalid username or password.");
        assertThat(LoginForm.parse(refused, AUTH)).isPresent();
        assertThat(LoginForm.error(page("login-26.5.6.html"))).isEmpty();
    }

    @Test
    void aPageWithoutTheFormHasNone() {
        assertThat(LoginForm.parse("<html><body><main id=\"main\">Сегодня</main></body></html>", AUTH)).isEmpty();
    }

    private static String page(String name) throws IOException {
        try (InputStream in = LoginFormTest.class.getResourceAsStream("/keycloak/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
