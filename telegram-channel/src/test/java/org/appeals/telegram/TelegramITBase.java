package org.appeals.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.telegram.fake.FakeBotApi;
import org.appeals.support.testing.GatewayStub;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter on a real server, with the fake Bot API (the same class the demo runs), the MongoDB-wire server and a
 * local HTTP server playing the gateway. IT classes in webhook mode share this context; each test uses its own chat.
 */
@SpringBootTest(classes = TelegramChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=telegram-it",
                "appeals.telegram.webhook-secret=" + TelegramITBase.TELEGRAM_SECRET,
                "appeals.telegram.channel-api-key=test-channel-telegram",
                "appeals.telegram.reply-webhook-secret=" + TelegramITBase.REPLY_SECRET,
                "appeals.telegram.public-url=http://files.example",
                "appeals.telegram.location-window=2s",
                "appeals.telegram.work-interval=100ms",
                "appeals.telegram.retry.first-back-off=100ms",
                "appeals.telegram.retry.max-wait=5s",
                "appeals.telegram.reply-attempts=3"})
public abstract class TelegramITBase {

    protected static final String TELEGRAM_SECRET = "test-telegram-secret_1";
    protected static final String REPLY_SECRET = "test-reply-secret";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    static final MongoWireServer mongo = MongoWireServer.start();
    protected static final GatewayStub gateway = GatewayStub.start();
    protected static final FakeBotApi telegram = FakeBotApi.start(0, JSON);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.telegram.gateway-url", gateway::url);
        registry.add("appeals.telegram.api-url", telegram::url);
        registry.add("appeals.telegram.bot-token", telegram::token);
    }

    @LocalServerPort
    protected int port;

    @BeforeEach
    void telegramDeliversHere() {
        telegram.useWebhook(url("/webhooks/telegram-bot"), TELEGRAM_SECRET);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The messages of one chat in the fake, the resident's and the bot's. */
    protected static List<JsonNode> messages(long chatId) {
        for (JsonNode chat : telegram.chats().path("chats")) {
            if (chat.path("chat_id").asLong() == chatId) {
                return StreamSupport.stream(chat.path("messages").spliterator(), false).toList();
            }
        }
        return List.of();
    }

    protected static List<JsonNode> botMessages(long chatId) {
        return messages(chatId).stream().filter(m -> m.path("from").path("is_bot").asBoolean()).toList();
    }

    /** The value of this adapter's Prometheus sample {@code name} with the label {@code label} (e.g. {@code type="duplicate"}); 0 if absent. */
    protected double metric(String name, String label) {
        String text = new String(get(url("/actuator/prometheus")).body(), StandardCharsets.UTF_8);
        return text.lines().filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    protected static HttpResponse<String> post(String url, String body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static HttpResponse<byte[]> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
