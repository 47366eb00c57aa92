package org.appeals.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Asynchronous POSTs to the gateway with a demo key; HTTP/1.1 with kept-alive connections, like an adapter. */
final class Gateway {

    static final String OPERATOR_KEY = "demo-operator";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final URI base;

    Gateway(URI base) {
        this.base = base;
    }

    CompletableFuture<HttpResponse<String>> post(String path, String apiKey, byte[] json) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> get(String path, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", apiKey).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static String channelKey(org.appeals.contracts.Channel channel) {
        return "demo-channel-" + channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String departmentKey(String departmentId) {
        return "demo-dept-" + departmentId;
    }
}
