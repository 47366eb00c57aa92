package org.appeals.ok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A resident's OK message becomes an appeal, the answer comes back in their chat, and their answer finds the appeal.
 */
class MessagesIT extends OkChannelITBase {

    @Test
    void messageWithPhotoBecomesAnAppealAndTheAnswerComesBackInTheChat() {
        String chat = newChat();
        String mid = ok.residentWrites(newUser(), chat, "Мария", "На улице Мира в Михайловке яма", null,
                List.of("https://i.mycdn.me/i?r=photo1"));

        JsonNode appeal = await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(mid), a -> a.size() == 1)
                .get(0).json();
        assertThat(appeal.path("channel").asString()).isEqualTo("OK");
        assertThat(appeal.path("text").asString()).isEqualTo("На улице Мира в Михайловке яма");
        assertThat(appeal.path("author").path("name").asString()).isEqualTo("Мария");
        assertThat(appeal.path("replyTo").path("chatId").asString()).isEqualTo(chat);
        assertThat(appeal.path("replyTo").path("messageId").asString()).isEqualTo(mid);
        assertThat(appeal.path("attachments").get(0).asString()).isEqualTo("https://i.mycdn.me/i?r=photo1");
        assertThat(appeal.has("inReplyTo")).isFalse();

        UUID delivery = UUID.randomUUID();
        assertThat(postReply(delivery, gateway.appealOf(mid), chat, mid, "FINAL",
                List.of("(1/2) Яма заделана.", "(2/2) Оцените ответ.")).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(delivery), r -> r.size() == 1);
        assertThat(gateway.receipts(delivery).get(0).json().path("status").asString()).isEqualTo("DELIVERED");
        List<JsonNode> posted = groupMessages(chat);
        assertThat(posted).extracting(m -> m.path("text").asString())
                .containsExactly("(1/2) Яма заделана.", "(2/2) Оцените ответ.");
        assertThat(posted).allSatisfy(m -> assertThat(m.path("replyTo").asString()).isEqualTo(mid));
    }

    @Test
    void anUpdateOkSendsAgainAndAReplyNotificationSendsAgainAreHandledOnce() {
        String chat = newChat();
        String mid = ok.residentWrites(newUser(), chat, null, "Не вывозят мусор третью неделю", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(mid), a -> a.size() == 1);

        ok.redeliver(mid);
        ok.redeliver(mid);
        UUID delivery = UUID.randomUUID();
        String appealId = gateway.appealOf(mid);
        assertThat(postReply(delivery, appealId, chat, mid, "INTERIM", List.of("Проверяем.")).statusCode())
                .isEqualTo(200);
        assertThat(postReply(delivery, appealId, chat, mid, "INTERIM", List.of("Проверяем.")).statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(delivery), r -> !r.isEmpty());
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> gateway.submissions(mid).size() == 1 && groupMessages(chat).size() == 1);
        // a call that came after the reply was done is reported again, never posted again
        assertThat(gateway.receipts(delivery))
                .allSatisfy(r -> assertThat(r.json().path("status").asString()).isEqualTo("DELIVERED"));
    }

    @Test
    void anAnswerToTheBotsQuestionIsTheResidentsReplyToThatAppeal() {
        String chat = newChat();
        String user = newUser();
        String mid = ok.residentWrites(user, chat, null, "Не горит фонарь у школы", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(mid), a -> a.size() == 1);
        String appealId = gateway.appealOf(mid);
        UUID question = UUID.randomUUID();
        postReply(question, appealId, chat, mid, "CLARIFICATION", List.of("Уточните номер школы."));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(question), r -> r.size() == 1);
        String botMid = groupMessages(chat).get(0).path("mid").asString();

        String answer = ok.residentWrites(user, chat, null, "Школа № 3", botMid, List.of());

        JsonNode reply = await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(answer),
                a -> a.size() == 1).get(0).json();
        assertThat(reply.path("inReplyTo").asString()).isEqualTo(appealId);
        assertThat(reply.path("text").asString()).isEqualTo("Школа № 3");

        // the question is answered: the next message is a new appeal
        String next = ok.residentWrites(user, chat, null, "И ещё: сломана скамейка", null, List.of());
        JsonNode appeal = await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(next),
                a -> a.size() == 1).get(0).json();
        assertThat(appeal.has("inReplyTo")).isFalse();
    }

    @Test
    void aMessageWithoutReplyToWhileAQuestionIsOpenAnswersIt() {
        String chat = newChat();
        String user = newUser();
        String mid = ok.residentWrites(user, chat, null, "Течёт крыша в подъезде", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(mid), a -> a.size() == 1);
        String appealId = gateway.appealOf(mid);
        UUID question = UUID.randomUUID();
        postReply(question, appealId, chat, mid, "CLARIFICATION", List.of("Какой подъезд?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.receipts(question), r -> r.size() == 1);

        String answer = ok.residentWrites(user, chat, null, "Второй", null, List.of());

        JsonNode reply = await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(answer),
                a -> a.size() == 1).get(0).json();
        assertThat(reply.path("inReplyTo").asString()).isEqualTo(appealId);
    }

    @Test
    void statusListsTheChatsAppealsWithNumbersAndStates() {
        String chat = newChat();
        String user = newUser();
        String mid = ok.residentWrites(user, chat, null, "Разбит тротуар на Советской", null, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.appealOf(mid) != null);

        String ask = ok.residentWrites(user, chat, null, " Статус ", null, List.of());

        JsonNode answer = await().atMost(Duration.ofSeconds(10)).until(() -> groupMessages(chat), m -> m.size() == 1)
                .get(0);
        assertThat(answer.path("text").asString()).startsWith("Ваши обращения:").contains("№ 34-2026-")
                .contains("в работе");
        assertThat(answer.path("replyTo").asString()).isEqualTo(ask);
        assertThat(gateway.submissions(ask)).isEmpty();
    }

    @Test
    void anUpdateTakenWhileTheGatewayIsDownIsRegisteredOnceItIsBack() {
        gateway.unavailable(true);
        try {
            String mid = ok.residentWrites(newUser(), newChat(), null, "Нет воды", null, List.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.submissions(mid), a -> !a.isEmpty());
            gateway.unavailable(false);
            // retried with back-off by the sweep (1 s, 2 s, …)
            await().atMost(Duration.ofSeconds(15)).until(() -> gateway.appealOf(mid) != null);
        } finally {
            gateway.unavailable(false);
        }
    }
}
