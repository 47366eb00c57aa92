package org.appeals.intake.open311;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;
import org.w3c.dom.Document;

/**
 * An Open311 client: form-encoded posts, plain GETs, and only the identity the gateway signs on a public route (no
 * role: Open311 clients authenticate with their api_key here).
 */
final class Open311Client {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Open311Client(int port) {
        this.base = "http://127.0.0.1:" + port + "/open311/v2";
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header(ForwardedIdentity.HEADER, publicRoute())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header(ForwardedIdentity.HEADER, publicRoute()).GET().build());
    }

    /** Signed for each request: a forwarded identity lives a minute. */
    private static String publicRoute() {
        return TestIdentity.sign(TestIdentity.SECRET, "open311-client", null, null, List.of(), List.of(), false);
    }

    static Document xml(String body) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).join();
    }
}
