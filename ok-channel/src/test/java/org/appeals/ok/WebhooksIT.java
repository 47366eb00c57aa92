package org.appeals.ok;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may call the adapter: OK with the secret path segment, notification with a valid signature; the subscription. */
class WebhooksIT extends OkChannelITBase {

    @Test
    void theGroupIsSubscribedOnceAtTheSecretAddress() {
        assertThat(ok.subscribedUrls()).containsExactly(
                "http://127.0.0.1:" + port + "/webhooks/ok-bot/" + OK_SECRET);
    }

    @Test
    void anUpdateWithoutTheSecretIsAnsweredAsAnUnknownPath() {
        String update = "{\"sender\":{\"user_id\":\"user:1\"},\"recipient\":{\"chat_id\":\"chat:Cforged\"},"
                + "\"message\":{\"text\":\"forged\",\"mid\":\"mid:Cforged.1\"},\"timestamp\":1498581292941}";

        assertThat(postJson("/webhooks/ok-bot/wrong-secret", update).statusCode()).isEqualTo(404);
        assertThat(gateway.submissions("mid:Cforged.1")).isEmpty();
    }

    @Test
    void otherEventsAreAcknowledgedAndIgnored() {
        String chatEvent = "{\"recipient\":{\"chat_id\":\"chat:Cother\"},\"timestamp\":1498581292941}";

        assertThat(postJson("/webhooks/ok-bot/" + OK_SECRET, chatEvent).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplyWithAWrongSignatureIsRefused() {
        byte[] body = "{\"deliveryId\":\"x\",\"parts\":[\"x\"]}".getBytes(StandardCharsets.UTF_8);

        assertThat(postSigned(UUID.randomUUID(), body, "another-secret").statusCode()).isEqualTo(401);
    }
}
