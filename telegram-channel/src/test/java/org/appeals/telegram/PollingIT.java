package org.appeals.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.telegram.fake.FakeBotApi;
import org.appeals.support.testing.GatewayStub;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Long polling for a bot without a public address: getUpdates with a stored offset, each update handled once. */
@SpringBootTest(classes = TelegramChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=telegram-polling-it",
                "appeals.telegram.mode=polling",
                "appeals.telegram.poll-timeout=1s",
                "appeals.telegram.channel-api-key=test-channel-telegram",
                "appeals.telegram.reply-webhook-secret=test-reply-secret",
                "appeals.telegram.location-window=1s",
                "appeals.telegram.work-interval=100ms"})
class PollingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MongoWireServer mongo = MongoWireServer.start();
    static final GatewayStub gateway = GatewayStub.start();
    static final FakeBotApi telegram = FakeBotApi.start(0, JSON);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.telegram.gateway-url", gateway::url);
        registry.add("appeals.telegram.api-url", telegram::url);
        registry.add("appeals.telegram.bot-token", telegram::token);
    }

    @Test
    void updatesFetchedByLongPollingBecomeAppealsOnce() {
        telegram.message(JSON.readTree("{\"chat_id\":3001,\"text\":\"Прорыв трубы на ул. Ленина\"}"));
        telegram.message(JSON.readTree("{\"chat_id\":3002,\"text\":\"/start\"}"));

        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.submissions("3001:1").size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> gateway.submissions("3001:1").size() == 1);
        assertThat(telegram.chats().toString()).contains("Здравствуйте!");
    }
}
