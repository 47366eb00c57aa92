package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserCookiesTest {

    // as Keycloak 26.5.6 sets it over plain HTTP
    private static final String KEYCLOAK_COOKIE =
            "AUTH_SESSION_ID=abc;Version=1;Path=/realms/appeals/;Secure;HttpOnly;SameSite=None";

    @Test
    void sendsSecureCookiesBackToLocalhostOverHttpAsBrowsersDo() throws IOException {
        BrowserCookies cookies = new BrowserCookies();
        cookies.put(URI.create("http://localhost:8180/realms/appeals/protocol/openid-connect/auth"),
                Map.of("Set-Cookie", List.of(KEYCLOAK_COOKIE)));

        assertThat(cookieHeader(cookies, "http://localhost:8180/realms/appeals/login-actions/authenticate?x=1"))
                .anyMatch(header -> header.contains("AUTH_SESSION_ID=") && header.contains("abc"));
        assertThat(cookieHeader(cookies, "http://localhost:8180/realms/master/")).isEmpty();
    }

    @Test
    void keepsSecureCookiesOffPlainHttpElsewhere() throws IOException {
        BrowserCookies cookies = new BrowserCookies();
        cookies.put(URI.create("http://idp.example/realms/appeals/auth"), Map.of("Set-Cookie", List.of(KEYCLOAK_COOKIE)));

        assertThat(cookieHeader(cookies, "http://idp.example/realms/appeals/login")).isEmpty();
        assertThat(cookieHeader(cookies, "https://idp.example/realms/appeals/login")).isNotEmpty();
    }

    @Test
    void sendsTheConsolesSessionCookieOnlyUnderTheConsole() throws IOException {
        BrowserCookies cookies = new BrowserCookies();
        cookies.put(URI.create("http://localhost:8080/console/login/oauth2/code/platform"),
                Map.of("Set-Cookie", List.of("APPEALS_CONSOLE=s1; Path=/console; HttpOnly; SameSite=Lax")));

        assertThat(cookieHeader(cookies, "http://localhost:8080/console/search?q=%D1%8F")).anyMatch(
                header -> header.contains("APPEALS_CONSOLE=s1"));
        assertThat(cookieHeader(cookies, "http://localhost:8080/api/v1/appeals")).isEmpty();
    }

    @Test
    void turnsOnlyLoopbackHttpIntoHttps() {
        assertThat(BrowserCookies.asSecure(URI.create("http://127.0.0.1:8080/console?q=%D1%8F")))
                .hasToString("https://127.0.0.1:8080/console?q=%D1%8F");
        assertThat(BrowserCookies.asSecure(URI.create("http://console.example/console")))
                .hasToString("http://console.example/console");
    }

    private static List<String> cookieHeader(BrowserCookies cookies, String uri) throws IOException {
        return cookies.get(URI.create(uri), Map.of()).getOrDefault("Cookie", List.of());
    }
}
