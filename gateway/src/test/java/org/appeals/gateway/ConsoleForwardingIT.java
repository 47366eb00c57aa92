package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's pages pass the gateway as a browser and the console exchange them: no key or token asked, the
 * client's Host (the console builds its login redirect from it), cookies both ways, form posts byte for byte and the
 * console's redirects handed back to the browser rather than followed.
 */
class ConsoleForwardingIT extends GatewayTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/", "/console/today", "/console/inbox/mikhailovka-roads",
            "/console/webjars/htmx.org/dist/htmx.min.js", "/console/console.css",
            "/console/login/oauth2/code/platform"})
    void theConsolesPagesAndFilesReachItWithoutAKeyAtTheSamePath(String path) {
        console.answer(200, "text/html;charset=UTF-8", "<h1>Сегодня</h1>");

        var response = send(request(path, null).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<h1>Сегодня</h1>");
        assertThat(console.only().path()).isEqualTo(path);
        assertThat(List.of(intake, notification, departments, routing)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void aPageCarriesTheClientsHostAndCookieButNoCredentialOrMadeUpIdentity() {
        var response = send(request("/console/today?refresh=5", null)
                .header("Cookie", "APPEALS_CONSOLE=5F2A0C; other=1")
                .header("Authorization", "Bearer abc").header("X-Appeals-Identity", TestIdentity.admin("forger"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = console.only();
        assertThat(received.header("Host")).containsExactly("localhost:" + port);
        assertThat(received.header("Cookie")).containsExactly("APPEALS_CONSOLE=5F2A0C; other=1");
        assertThat(received.query()).isEqualTo("refresh=5");
        assertThat(received.header("Authorization")).isEmpty();
        assertThat(received.identity().getSubject()).isEqualTo("anonymous");
        assertThat(received.identity().hasClaim("role")).isFalse();
    }

    @Test
    void theConsolesRedirectAndCookiesComeBackAsItSentThem() {
        String login = "http://localhost:" + port + "/console/oauth2/authorization/platform";
        List<String> cookies = List.of("APPEALS_CONSOLE=7D1E; Path=/console; HttpOnly; SameSite=Lax",
                "remember=; Max-Age=0; Path=/console");
        console.answer(302, "text/html", "", Map.of("Location", List.of(login), "Set-Cookie", cookies));

        var response = send(request("/console/today", null).GET());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(login);
        assertThat(response.headers().allValues("Set-Cookie")).containsExactlyInAnyOrderElementsOf(cookies);
        assertThat(console.received()).as("the gateway follows no redirect").hasSize(1);
    }

    @Test
    void aFormPostReachesTheConsoleByteForByte() {
        String form = "_csrf=q0Zx-2V%2Bn9A%3D%3D&text=%D0%AF%D0%BC%D0%B0+%D0%B7%D0%B0%D0%B4%D0%B5%D0%BB%D0%B0%D0%BD%D0%B0"
                + "&kind=FINAL&kind=INTERIM";
        console.answer(303, "text/html", "", Map.of("Location", List.of("/console/inbox/mikhailovka-roads")));

        var response = send(request("/console/inbox/mikhailovka-roads/answer?from=card", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "APPEALS_CONSOLE=5F2A0C")
                .POST(BodyPublishers.ofString(form, StandardCharsets.US_ASCII)));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/console/inbox/mikhailovka-roads");
        var received = console.only();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(form.getBytes(StandardCharsets.US_ASCII));
        assertThat(received.header("Content-Type")).containsExactly("application/x-www-form-urlencoded");
        assertThat(received.query()).isEqualTo("from=card");
        assertThat(received.header("Cookie")).containsExactly("APPEALS_CONSOLE=5F2A0C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console//today", "/console/today/", "/console/./today", "/console/%2e%2e/x",
            "/console;jsessionid=1", "/console/today;x=y", "/console//"})
    void pathTricksUnderTheConsoleAreRefusedBeforeItSeesThem(String path) {
        var response = RawHttp.send(port, "GET", path, null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void aBodyOverTheLimitIsRefusedForTheConsoleToo() {
        String form = "text=" + "a".repeat(70_000);

        var response = send(request("/console/inbox/mikhailovka-roads/answer", null)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }
}
