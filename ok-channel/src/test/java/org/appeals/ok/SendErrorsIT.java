package org.appeals.ok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * OK's errors as its documentation gives them: limits waited out, a closed chat reported, a bad token stops sending.
 */
class SendErrorsIT extends OkChannelITBase {

    @Autowired
    MeterRegistry registry;

    @Autowired
    CircuitBreaker okCircuit;

    @Test
    void okRateLimitIsWaitedOutAndTheReplyDelivered() {
        String chat = newChat();
        String mid = registeredAppeal(chat);
        ok.failNextSends(2, 11, "LIMIT_REACHED : Request call limit is reached");
        double before = registry.counter("appeals.ok.api.errors", "code", "11").count();

        UUID delivery = UUID.randomUUID();
        postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL", List.of("Работы выполнены."));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(delivery), r -> r.size() == 1);
        assertThat(gateway.receipts(delivery).get(0).json().path("status").asString()).isEqualTo("DELIVERED");
        assertThat(groupMessages(chat)).hasSize(1);
        assertThat(registry.counter("appeals.ok.api.errors", "code", "11").count() - before).isEqualTo(2);
    }

    @Test
    void aChatThatRefusesTheGroupGetsAFailedReceiptWithOksReason() {
        String chat = newChat();
        String mid = registeredAppeal(chat);
        ok.block(chat);

        UUID delivery = UUID.randomUUID();
        postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL", List.of("Работы выполнены."));

        JsonNode receipt = await().atMost(Duration.ofSeconds(10))
                .until(() -> gateway.receipts(delivery), r -> r.size() == 1).get(0).json();
        assertThat(receipt.path("status").asString()).isEqualTo("FAILED");
        assertThat(receipt.path("reason").asString()).startsWith("OK error 10");
        assertThat(groupMessages(chat)).isEmpty();
    }

    @Test
    void anOperatorsResendOfAFailedReplyIsPostedAnew() {
        String chat = newChat();
        String mid = registeredAppeal(chat);
        ok.block(chat);
        UUID delivery = UUID.randomUUID();
        postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL", List.of("Работы выполнены."));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(delivery), r -> r.size() == 1);

        ok.unblock(chat);
        postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL", List.of("Работы выполнены."));

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(delivery), r -> r.size() == 2);
        assertThat(gateway.receipts(delivery).get(1).json().path("status").asString()).isEqualTo("DELIVERED");
        assertThat(groupMessages(chat)).hasSize(1);
    }

    @Test
    void aRefusedTokenOpensTheCircuitAndTheReplyWaitsUntilOkTakesTheTokenAgain() {
        String chat = newChat();
        String mid = registeredAppeal(chat);
        ok.revokeToken();
        try {
            UUID delivery = UUID.randomUUID();
            postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL", List.of("Работы выполнены."));

            await().atMost(Duration.ofSeconds(10)).until(() -> okCircuit.getState() == CircuitBreaker.State.OPEN);
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
            assertThat(gateway.receipts(delivery)).isEmpty();

            ok.acceptToken(OkConnectionConfiguration.FAKE_TOKEN);
            await().atMost(Duration.ofSeconds(15)).until(() -> gateway.receipts(delivery),
                    r -> r.size() == 1);
            assertThat(gateway.receipts(delivery).get(0).json().path("status").asString())
                    .isEqualTo("DELIVERED");
            assertThat(groupMessages(chat)).hasSize(1);
        } finally {
            ok.acceptToken(OkConnectionConfiguration.FAKE_TOKEN);
        }
    }

    private String registeredAppeal(String chat) {
        String mid = ok.residentWrites(newUser(), chat, null, "Сломан светофор", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.appealOf(mid) != null);
        return mid;
    }
}
