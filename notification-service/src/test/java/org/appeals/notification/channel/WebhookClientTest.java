package org.appeals.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.appeals.contracts.WebhookSignature;
import org.appeals.notification.render.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The webhook client against real sockets: what it sends, and how refused and silent adapters end up. */
class WebhookClientTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    final CountDownLatch releaseSilentAdapter = new CountDownLatch(1);
    HttpServer server;

    @AfterEach
    void stop() {
        releaseSilentAdapter.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheReplyAsJsonWithDeliveryTimestampAndSignatureHeaders() throws Exception {
        AtomicReference<com.sun.net.httpserver.Headers> seen = new AtomicReference<>();
        AtomicReference<byte[]> body = new AtomicReference<>();
        String url = serve(exchange -> {
            body.set(exchange.getRequestBody().readAllBytes());
            seen.set(exchange.getRequestHeaders());
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        OutboundReply reply = reply();

        WebhookResult result = client(url, Duration.ofSeconds(2)).post(message(reply, null));

        assertThat(result).isEqualTo(new WebhookResult(true, "webhook 202"));
        assertThat(seen.get().getFirst("Content-Type")).startsWith("application/json");
        assertThat(seen.get().getFirst("X-Appeals-Delivery")).isEqualTo(reply.deliveryId().toString());
        assertThat(seen.get().getFirst("X-Appeals-Timestamp")).isEqualTo("1795255200");
        assertThat(seen.get().getFirst("X-Appeals-Signature"))
                .isEqualTo(WebhookSignature.sign("secret", 1_795_255_200L, body.get()));
        var json = JsonMapper.builder().build().readTree(body.get());
        assertThat(json.get("replyTo").get("postId").asString()).isEqualTo("1001");
        assertThat(json.get("text").asString()).isEqualTo("Готово.");
        assertThat(json.get("parts").get(0).asString()).isEqualTo("Готово.");
        assertThat(json.has("notice")).isFalse();
    }

    @Test
    void aStatusNoticeSaysWhichAndHasNoAnswerKind() throws Exception {
        AtomicReference<byte[]> body = new AtomicReference<>();
        String url = serve(exchange -> {
            body.set(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        OutboundReply notice = new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(),
                CLOCK.instant(), Channel.VK, Map.of("postId", "1"), null, null, "Обращение зарегистрировано.");

        assertThat(client(url, Duration.ofSeconds(2)).post(message(notice, Notice.REGISTERED)).accepted()).isTrue();

        var json = JsonMapper.builder().build().readTree(body.get());
        assertThat(json.get("notice").asString()).isEqualTo("REGISTERED");
        assertThat(json.get("answerKind").isNull()).isTrue();
        assertThat(json.get("deliveryId").asString()).isEqualTo(notice.deliveryId().toString());
    }

    @Test
    void aRefusedConnectionIsAFailedAttemptNotAnException() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        WebhookResult result = client("http://127.0.0.1:" + closedPort + "/vk", Duration.ofSeconds(2)).post(message(reply(), null));

        assertThat(result.accepted()).isFalse();
        assertThat(result.detail()).startsWith("webhook unreachable (");
    }

    @Test
    void anAdapterThatDoesNotAnswerWithinTheReadTimeoutIsAFailedAttempt() throws Exception {
        String url = serve(exchange -> {
            try {
                releaseSilentAdapter.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });

        long started = System.nanoTime();
        WebhookResult result = client(url, Duration.ofMillis(300)).post(message(reply(), null));

        assertThat(result.accepted()).isFalse();
        assertThat(result.detail()).contains("Timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private String serve(com.sun.net.httpserver.HttpHandler handler) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/vk";
    }

    private static WebhookClient client(String url, Duration readTimeout) {
        var properties = new WebhookProperties(Duration.ofSeconds(1), readTimeout);
        RestClient http = new WebhookConfiguration().webhookRestClient(RestClient.builder(), properties);
        var channels = new ChannelsProperties(Map.of(Channel.VK, new ChannelSettings(url)));
        return new WebhookClient(http, channels, channel -> java.util.List.of("secret"), JsonMapper.builder().build(),
                CLOCK);
    }

    private static ChannelMessage message(OutboundReply reply, Notice notice) {
        return new ChannelMessage(reply, java.util.List.of(reply.text()), notice);
    }

    private static OutboundReply reply() {
        return new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), CLOCK.instant(),
                Channel.VK, Map.of("ownerId", "-201", "postId", "1001"), AnswerKind.FINAL, "Отдел", "Готово.");
    }
}
