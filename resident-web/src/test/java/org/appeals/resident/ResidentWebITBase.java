package org.appeals.resident;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.appeals.support.testing.GatewayStub;
import org.appeals.resident.testing.Multipart;
import org.appeals.support.testing.MongoWireServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * resident-web on a real server, the MongoDB-wire server and a local HTTP server playing the gateway. Every IT class
 * extends this one, so they share one application context; each test uses its own client address (X-Forwarded-For)
 * and numbers.
 */
@SpringBootTest(classes = ResidentWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=resident-it",
                "appeals.resident.api-key=test-web-key",
                "appeals.resident.public-url=http://localhost:8080/",
                "appeals.resident.limits.submissions=3",
                "appeals.resident.limits.window=1h"})
public abstract class ResidentWebITBase {

    protected static final String API_KEY = "test-web-key";
    static final MongoWireServer mongo = MongoWireServer.start();
    protected static final GatewayStub gateway = GatewayStub.start();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.resident.gateway-url", gateway::url);
    }

    @LocalServerPort
    protected int port;

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected HttpResponse<String> post(String path, Multipart form, String clientAddress) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType())
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
    }

    protected HttpResponse<String> postForm(String path, String urlEncoded) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)).build());
    }

    protected HttpResponse<byte[]> getBytes(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            // as a browser asks for a page
            HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
            return HTTP.send(asBrowser, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
