package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where residents actually write, end to end: the VK, Telegram and OK adapters run as their own processes against
 * their local fakes of the networks' APIs (no token, demo mode: as in the local run), the e-mail channel against a
 * real SMTP and IMAP server, in front of the five services and the gateway ({@link RunningPlatform#withAdapters}, on
 * a broker and store of its own). A resident writes on the network or by mail, the department answers through the
 * gateway, an operator approves, and the answer arrives in the resident's own thread; on Telegram the resident's
 * "не решено" under the answer reopens the appeal.
 */
class AdaptersEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final Pattern NUMBER = Pattern.compile("34-\\d{4}-\\d{6}");

    private static EmbeddedKafkaKraftBroker broker;
    private static MongoWireServer mongo;
    private static WebhookReceiver webhooks;
    private static MailServer mail;
    private static RunningPlatform platform;
    private static GatewayClient gateway;
    private static Desk desk;

    @BeforeAll
    static void startPlatformWithAdapters() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        mongo = MongoWireServer.start();
        webhooks = new WebhookReceiver();
        mail = new MailServer();
        // machine keys only: no person logs in here, so the issuer is never asked
        platform = RunningPlatform.withAdapters(broker.getBrokersAsString(), mongo.uri(), webhooks.baseUrl(),
                mail.channelEnvironment(), "http://127.0.0.1:9/realms/appeals");
        gateway = new GatewayClient(platform.gatewayUrl());
        desk = new Desk(gateway);
    }

    @AfterAll
    static void stop() {
        Parts.closeAll(platform, mail, webhooks, mongo);
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void aMailBecomesAnEmailAppealAndTheApprovedAnswerReachesTheResidentInHerThread() throws Exception {
        String messageId = "<adapters-e2e-lights-1@mail.example.org>";
        String resident = "olga.smirnova@mail.example.org";
        mail.sendToCentre(messageId, resident, "Ольга Смирнова", "Не горят фонари",
                "Добрый день! В Камышине на улице Садовой уже неделю не горят фонари, вечером идти страшно.");

        // the registration notice comes back in her thread with the number, as she reads it
        String number = await().atMost(ASYNC).until(() -> numberIn(mail.mailsTo(resident).stream()
                .map(AdaptersEndToEndIT::textOf).toList()), Objects::nonNull);
        JsonNode appeal = awaitAppeal(number, AdaptersEndToEndIT::placed);
        String appealId = appeal.path("appealId").asText();
        assertThat(appeal.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(appeal.path("externalId").asText()).isEqualTo(messageId);

        String answer = "Фонари на улице Садовой в Камышине починены 3 декабря.";
        answerAndApprove(appeal, answer);

        MimeMessage reply = await().atMost(ASYNC).until(() -> mail.mailsTo(resident).stream()
                .filter(sent -> textOf(sent).contains(answer)).findFirst().orElse(null), Objects::nonNull);
        assertThat(reply.getSubject()).isEqualTo("Re: Не горят фонари");
        assertThat(reply.getHeader("In-Reply-To", " ")).isEqualTo(messageId);
        assertThat(textOf(reply)).contains(number);
        awaitAppeal(appealId, view -> "NOTIFIED".equals(view.path("status").asText()));
    }

    @Test
    void aTelegramPhotoAndTheLocationSentAfterItBecomeOneAppealWhoseAnswerComesAsAReplyAndNotSolvedReopensIt() {
        NetworkFake telegram = new NetworkFake(platform.fakeUrl("telegram-channel"));
        long chatId = 770_001;
        ObjectNode photo = JSON.createObjectNode().put("chat_id", chatId).put("first_name", "Ирина")
                .put("photo", "pothole-mira-12")
                .put("text", "Глубокая яма на проезжей части в Михайловке на улице Мира у дома 12");
        long photoMessageId = telegram.post("/fake/message", photo).at("/message/message_id").asLong();
        ObjectNode location = JSON.createObjectNode().put("chat_id", chatId).put("first_name", "Ирина");
        location.putObject("location").put("latitude", 50.0612).put("longitude", 43.2421);
        telegram.post("/fake/message", location);

        // the registration notice comes back in the chat with the number, as the resident sees it
        String number = await().atMost(ASYNC).until(() -> numberIn(texts(botMessages(telegram, chatId))),
                Objects::nonNull);
        JsonNode appeal = awaitAppeal(number, AdaptersEndToEndIT::placed);
        String appealId = appeal.path("appealId").asText();
        assertThat(appeal.path("channel").asText()).isEqualTo("TELEGRAM");
        assertThat(appeal.path("text").asText()).contains("яма на проезжей части");
        assertThat(appeal.at("/location/lat").asDouble()).isEqualTo(50.0612);
        assertThat(appeal.at("/location/lon").asDouble()).isEqualTo(43.2421);
        assertThat(appeal.path("attachments")).hasSize(1);

        String answer = "Яма на улице Мира у дома 12 заделана 2 декабря.";
        answerAndApprove(appeal, answer);

        JsonNode reply = await().atMost(ASYNC).until(() -> botMessages(telegram, chatId).stream()
                .filter(message -> message.path("text").asText().contains(answer)).findFirst().orElse(null),
                Objects::nonNull);
        assertThat(reply.at("/reply_parameters/message_id").asLong()).isEqualTo(photoMessageId);
        awaitAppeal(appealId, view -> "NOTIFIED".equals(view.path("status").asText()));

        press(telegram, chatId, reply, "2 ⭐");
        press(telegram, chatId, reply, "Не решено");
        JsonNode reopened = awaitAppeal(appealId, view -> "REOPENED".equals(view.path("status").asText()));
        assertThat(reopened.path("timeline").valueStream()
                .filter(entry -> "RESPONDED".equals(entry.path("type").asText())))
                .singleElement().satisfies(entry -> assertThat(entry.path("solved").asBoolean(true)).isFalse());
    }

    @Test
    void aVkCommentUnderTheCommunitysPostBecomesAnAppealAndTheAnswerIsPostedUnderItInTheSameThread() {
        NetworkFake vk = new NetworkFake(platform.fakeUrl("vk-channel"));
        long resident = 880_001;
        String text = "На улице Ленина в Волжском третий день не вывозят мусор, контейнеры переполнены";
        vk.post("/fake/comment", JSON.createObjectNode().put("from_id", resident).put("post_id", 1).put("text", text));
        long commentId = comments(vk).stream()
                .filter(comment -> comment.path("from_id").asLong() == resident)
                .filter(comment -> text.equals(comment.path("text").asText()))
                .findFirst().orElseThrow().path("id").asLong();

        // the community answers under the resident's comment with the number
        String number = await().atMost(ASYNC).until(() -> numberIn(texts(communityRepliesTo(vk, commentId))),
                Objects::nonNull);
        JsonNode appeal = awaitAppeal(number, AdaptersEndToEndIT::placed);
        assertThat(appeal.path("channel").asText()).isEqualTo("VK");
        assertThat(appeal.path("text").asText()).isEqualTo(text);

        String answer = "Мусор с улицы Ленина вывезен 4 декабря, график вывоза восстановлен.";
        answerAndApprove(appeal, answer);

        await().atMost(ASYNC).until(() -> texts(communityRepliesTo(vk, commentId)).stream()
                .anyMatch(reply -> reply.contains(answer)));
        awaitAppeal(appeal.path("appealId").asText(), view -> "NOTIFIED".equals(view.path("status").asText()));
    }

    /** Every comment under the community's posts, as the fake of VK keeps them. */
    private static List<JsonNode> comments(NetworkFake vk) {
        return vk.get("/fake/threads").path("posts").valueStream()
                .flatMap(post -> post.path("comments").valueStream()).toList();
    }

    /** The comments in reply to the resident's comment (only the community answers her here), oldest first. */
    private static List<JsonNode> communityRepliesTo(NetworkFake vk, long commentId) {
        return comments(vk).stream()
                .filter(comment -> comment.path("reply_to_comment").asLong() == commentId).toList();
    }

    /** The department the appeal was placed with answers it finally; an operator approves the answer. */
    private static void answerAndApprove(JsonNode appeal, String answer) {
        String appealId = appeal.path("appealId").asText();
        String department = appeal.at("/department/id").asText();
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));
        assertThat(desk.answerFinally(department, appealId, answer).status()).isEqualTo(202);
        assertThat(desk.approve(appealId).status()).isEqualTo(200);
    }

    /** Routed and in its department's hands: routing's decision and the department's first move both reached intake. */
    private static boolean placed(JsonNode appeal) {
        return "ASSIGNED".equals(appeal.path("status").asText()) && !appeal.at("/department/id").asText().isEmpty();
    }

    /** The appeal by its id or registration number, as the operators see it, once the condition holds. */
    private static JsonNode awaitAppeal(String idOrNumber, Predicate<JsonNode> condition) {
        return await().atMost(ASYNC).until(() -> gateway.get("/api/v1/appeals/" + idOrNumber, Desk.OPERATOR_KEY),
                response -> response.status() == 200 && condition.test(response.body())).body();
    }

    /** The bot's messages in the chat, oldest first, as the fake of the Bot API keeps them. */
    private static List<JsonNode> botMessages(NetworkFake telegram, long chatId) {
        return telegram.get("/fake/chats").path("chats").valueStream()
                .filter(chat -> chat.path("chat_id").asLong() == chatId)
                .flatMap(chat -> chat.path("messages").valueStream())
                .filter(message -> message.at("/from/is_bot").asBoolean(false))
                .toList();
    }

    /** The first registration number in the texts, or null while none has one. */
    private static String numberIn(List<String> texts) {
        for (String text : texts) {
            Matcher number = NUMBER.matcher(text);
            if (number.find()) {
                return number.group();
            }
        }
        return null;
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("text").asText()).toList();
    }

    /** The resident presses the inline button with this caption under the bot's message. */
    private static void press(NetworkFake telegram, long chatId, JsonNode message, String caption) {
        String data = StreamSupport.stream(message.at("/reply_markup/inline_keyboard").spliterator(), false)
                .flatMap(JsonNode::valueStream)
                .filter(button -> caption.equals(button.path("text").asText()))
                .map(button -> button.path("callback_data").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no button " + caption + " under " + message));
        telegram.post("/fake/press", JSON.createObjectNode().put("chat_id", chatId)
                .put("message_id", message.path("message_id").asLong()).put("data", data));
    }

    private static String textOf(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
