package org.appeals.bench.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person's browser at the console: a cookie jar, and a login the way a browser does it — the console sends it to
 * the identity provider, the login form is filled in and posted, the provider sends it back with a code, the console
 * keeps the tokens in its session and the browser only its session cookie ({@code APPEALS_CONSOLE}).
 */
final class ConsoleSession {

    static final String SESSION_COOKIE = "APPEALS_CONSOLE";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_REDIRECTS = 20;

    private final URI console;
    private final BrowserCookies cookies = new BrowserCookies();
    private final HttpClient http;

    ConsoleSession(URI console) {
        this.console = console;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Logs in through the identity provider's form, every redirect followed and every cookie kept as a browser does;
     * fails with the hops taken and what the provider said when it refused.
     */
    ConsoleSession login(String username, String password) throws IOException, InterruptedException {
        Landing loginPage = browse(get(console));
        LoginForm form = LoginForm.parse(loginPage.body(), loginPage.uri()).orElseThrow(() -> new IOException(
                "GET " + console + " ended without a login form: " + loginPage));
        LoginForm filled = form.filledIn(username, password);
        HttpRequest post = HttpRequest.newBuilder(filled.action()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(filled.encoded())).build();
        Landing landed = browse(post);
        // a start page that fails (a service down) is still a login; the pages' own statuses will show it
        if (!landed.uri().toString().startsWith(console.toString()) || landed.status() / 100 == 3
                || LoginForm.parse(landed.body(), landed.uri()).isPresent() || !hasSessionCookie()) {
            throw new IOException("Login of " + username + " failed: " + landed
                    + LoginForm.error(landed.body()).map(e -> ": " + e).orElse(""));
        }
        return this;
    }

    /**
     * Sends the request and follows redirects as a browser does (a POST answered 301-303 goes on as a GET), up to
     * {@link #MAX_REDIRECTS}: the OIDC round trip takes more hops than the HTTP client's own limit of five.
     */
    private Landing browse(HttpRequest first) throws IOException, InterruptedException {
        HttpRequest request = first;
        List<String> hops = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            hops.add(response.statusCode() + " " + request.method() + " " + request.uri().getPath());
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty() || hop == MAX_REDIRECTS) {
                return new Landing(response.statusCode(), response.uri(), response.body(), hops);
            }
            URI next = response.uri().resolve(location.get());
            request = response.statusCode() == 307 || response.statusCode() == 308
                    ? HttpRequest.newBuilder(request, (name, value) -> true).uri(next).build() : get(next);
        }
    }

    /** Where a browsed request ended, and the hops that led there (for a failure's message). */
    private record Landing(int status, URI uri, String body, List<String> hops) {
        @Override
        public String toString() {
            return "HTTP " + status + " at " + uri + " after " + String.join(" → ", hops);
        }
    }

    /** One request for a console page, timed from sending it to the last byte of the body; redirects not followed. */
    PageResponse fetch(ConsolePage page) throws IOException, InterruptedException {
        HttpRequest request = get(page.uri(console));
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        return new PageResponse(response.statusCode(), nanos, response.body().length,
                response.headers().firstValue("Location").orElse(""));
    }

    private boolean hasSessionCookie() throws IOException {
        return cookies.get(console, Map.of()).getOrDefault("Cookie", List.of()).stream()
                .anyMatch(header -> header.contains(SESSION_COOKIE + "="));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
    }

    /** What one request got: the status, the time to its last byte, the body's size and where a redirect pointed. */
    record PageResponse(int status, long nanos, long bytes, String location) {
    }
}
