package org.appeals.telegram.bot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Bot API request: JSON in, the {@code result} out, or a {@link BotApiException} carrying what Telegram said
 * ({@code ok}, {@code error_code}, {@code description}, {@code parameters.retry_after};
 * https://core.telegram.org/bots/api#making-requests). Counts errors by code in
 * {@code appeals_telegram_api_errors_total{code}}. Never logs the URL: it holds the token.
 */
class BotApi {

    private final BotEndpoint endpoint;
    private final HttpClient http;
    private final JsonMapper json;
    private final MeterRegistry metrics;

    BotApi(BotEndpoint endpoint, JsonMapper json, MeterRegistry metrics) {
        this.endpoint = endpoint;
        this.json = json;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Calls {@code method}; {@code wait} is how long the server may hold the request (getUpdates' timeout). */
    JsonNode call(String method, ObjectNode parameters, Duration wait) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.methodUrl(method)))
                .timeout(wait.plusSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(parameters))).build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = parse(response);
        if (body.path("ok").asBoolean(false)) {
            return body.path("result");
        }
        int code = body.path("error_code").asInt(response.statusCode());
        JsonNode retryAfter = body.path("parameters").path("retry_after");
        throw counted(new BotApiException(code, body.path("description").asString(""),
                retryAfter.isNumber() ? retryAfter.asInt() : null));
    }

    /** The bytes of a file by its {@code file_path} from getFile. */
    byte[] download(String filePath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.fileUrl(filePath)))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw counted(new BotApiException(response.statusCode(), "file download failed", null));
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw counted(BotApiException.unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BotApiException.unreachable(e);
        }
    }

    private JsonNode parse(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw counted(new BotApiException(response.statusCode() == 200 ? 502 : response.statusCode(),
                    "unreadable Bot API answer", null));
        }
    }

    private BotApiException counted(BotApiException e) {
        Counter.builder("appeals.telegram.api.errors").description("Bot API calls that failed, by error_code "
                + "(0: unreachable)").tag("code", Integer.toString(e.errorCode())).register(metrics).increment();
        return e;
    }
}
