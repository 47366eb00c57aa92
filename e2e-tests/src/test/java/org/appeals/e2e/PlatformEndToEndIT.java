package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.Topics;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform as a resident, a department and the centre's operators meet it: the five services and the
 * e-mail channel run as separate processes on one Kafka broker ({@link SharedPlatform}), and everything goes through the gateway with the demo
 * API keys (Open311 without one, as the gateway lets it) or, for e-mail, through a real SMTP and IMAP server. Every
 * final answer waits for an operator's approval (department-service's default review mode) before the resident sees it.
 */
class PlatformEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private static WebhookReceiver webhooks;
    private static MailServer mail;
    private static GatewayClient gateway;
    private static ChannelAdapter vk;
    private static Desk desk;
    private static String brokers;
    private static List<JsonNode> samples;

    @BeforeAll
    static void startPlatform() throws Exception {
        SharedPlatform shared = SharedPlatform.get();
        brokers = shared.brokers();
        webhooks = shared.webhooks;
        mail = shared.mail;
        gateway = shared.gateway;
        vk = new ChannelAdapter(gateway, webhooks, "demo-channel-vk");
        desk = new Desk(gateway);
        Path sampleFile = ServiceJars.repoRoot().getParent().resolve("shared/samples/appeals-sample.jsonl");
        samples = Files.readAllLines(sampleFile).stream().filter(line -> !line.isBlank()).map(JSON::readTree).toList();
    }

    @Test
    void potholeInMikhailovkaReachesItsRoadsDepartmentAndTheApprovedAnswerReachesTheResidentOnVk() throws Exception {
        JsonNode sample = samples.get(0); // VK, pothole on ул. Мира in Михайловка
        var posted = vk.post(sample, "5001");
        assertThat(posted.status()).isEqualTo(202);
        String appealId = posted.body().get("appealId").asText();
        String number = posted.body().get("registrationNumber").asText();
        assertThat(number).matches("34-\\d{4}-\\d{6}");

        JsonNode assigned = awaitAssigned(appealId);
        assertThat(assigned.at("/category/code").asText()).isEqualTo("ROADS");
        assertThat(assigned.at("/municipality/code").asText()).isEqualTo("MIKHAILOVKA");
        assertThat(assigned.at("/municipality/name").asText()).isEqualTo("Михайловка");
        assertThat(assigned.at("/department/id").asText()).isEqualTo("mikhailovka-roads");

        String department = "mikhailovka-roads";
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));

        var answered = desk.answerFinally(department, appealId, "Яма на ул. Мира заделана 21 ноября.");
        assertThat(answered.status()).isEqualTo(202);
        assertThat(answered.body().path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(answered.body().path("review").asText()).isEqualTo("PENDING");

        // held for the operators: the resident sees nothing, and the department cannot wave its own answer through
        awaitAppeal(appealId, "IN_REVIEW");
        assertThat(desk.reviewQueue()).contains(appealId);
        var selfApproval = desk.approve(appealId, Desk.departmentKey(department));
        assertThat(selfApproval.status()).isEqualTo(403);
        assertThat(selfApproval.contentType()).startsWith("application/problem+json");
        assertThat(vk.repliesFor(appealId)).isEmpty();

        var approved = desk.approve(appealId);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("state").asText()).isEqualTo("ANSWERED");

        await().atMost(ASYNC).until(() -> webhookFor(appealId) != null);
        WebhookReceiver.Received webhook = webhookFor(appealId);
        assertThat(webhook.path()).isEqualTo("/webhooks/vk");
        assertThat(webhook.headers().get("signature"))
                .isEqualTo("sha256=" + hmac(webhook.headers().get("timestamp") + "." + new String(webhook.body(), StandardCharsets.UTF_8)));
        JsonNode reply = JSON.readTree(webhook.body());
        assertThat(reply.get("answerKind").asText()).isEqualTo("FINAL");
        assertThat(reply.get("replyTo").get("commentId").asText()).isEqualTo("5001");
        assertThat(reply.get("text").asText()).contains("Яма на ул. Мира заделана 21 ноября.");

        awaitAppeal(appealId, "NOTIFIED");
        JsonNode notified = awaitAppeal(appealId, appeal -> entryTypes(appeal).containsAll(
                List.of("RECEIVED", "ASSIGNED", "ANSWERED", "NOTIFIED")));
        assertThat(workflowStates(notified)).containsExactly("ASSIGNED", "IN_REVIEW", "ANSWERED", "NOTIFIED");
        assertThat(vk.repliesFor(appealId)).hasSize(1);
        // the resident was told the number on registration and the department on assignment, in the same thread
        List<JsonNode> notices = await().atMost(ASYNC).until(() -> vk.noticesFor(appealId), n -> n.size() == 2);
        assertThat(notices).extracting(n -> n.path("notice").asText()).containsExactly("REGISTERED", "ASSIGNED");
        assertThat(notices.get(0).path("text").asText()).contains(number);
        assertThat(notices.get(1).path("text").asText()).contains("Михайловка");
        assertThat(notices).allSatisfy(n -> assertThat(n.at("/replyTo/commentId").asText()).isEqualTo("5001"));
    }

    @Test
    void theSameAppealPostedTwiceIsRegisteredOnce() {
        JsonNode sample = samples.get(1);
        var first = vk.post(sample, "1");
        var second = vk.post(sample, "1");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        String appealId = first.body().get("appealId").asText();
        assertThat(second.body().get("appealId").asText()).isEqualTo(appealId);
        awaitAssigned(appealId);
        try (var received = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(ASYNC).until(() -> !received.valuesFor(appealId).isEmpty());
            assertThat(received.valuesFor(appealId)).hasSize(1);
        }
    }

    @Test
    void aDepartmentKeyCannotReachAnotherDepartment() {
        var inbox = gateway.get("/api/v1/departments/mikhailovka-roads/appeals", "demo-dept-volgograd-roads");
        var answer = gateway.post("/api/v1/departments/mikhailovka-roads/appeals/5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11/answers",
                "demo-dept-volgograd-roads", "{\"kind\":\"FINAL\",\"text\":\"не наше\"}");

        assertThat(inbox.status()).isEqualTo(403);
        assertThat(inbox.contentType()).startsWith("application/problem+json");
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aBadBodyGetsAProblemDetailAndRegistersNothing() {
        var response = gateway.post("/api/v1/appeals", "demo-channel-vk",
                "{\"channel\":\"VK\",\"externalId\":\"no-text-1\",\"author\":{\"id\":\"1\"},\"replyTo\":{\"postId\":\"1\"}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asText()).isNotBlank();
    }

    @Test
    void aPoisonRecordLandsInTheDeadLetterTopicAndRoutingGoesOn() {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_RECEIVED, "poison-e2e", "{not an appeal"));
        }
        try (var deadLetters = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_RECEIVED))) {
            await().atMost(ASYNC).until(() -> !deadLetters.valuesFor("poison-e2e").isEmpty());
        }

        var posted = gateway.post("/api/v1/appeals", "demo-channel-telegram",
                ChannelAdapter.appealBody(samples.get(2), "7"));
        JsonNode routed = awaitAssigned(posted.body().get("appealId").asText());
        assertThat(routed.at("/department/id").asText()).isEqualTo("region-waste");
    }

    @Test
    void theDepartmentsQuestionReachesTheResidentAndTheReplyPutsTheAppealBackInWork() {
        JsonNode sample = samples.get(4); // VK, a tram route in Волгоград changed without notice
        String department = "volgograd-transport";
        String appealId = vk.post(sample, "6001").body().get("appealId").asText();
        assertThat(awaitAssigned(appealId).at("/department/id").asText()).isEqualTo(department);
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));

        assertThat(desk.accept(department, appealId).body().path("state").asText()).isEqualTo("IN_PROGRESS");
        var asked = desk.ask(department, appealId, "Уточните, пожалуйста, на какой остановке вы ждали трамвай?");
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().path("state").asText()).isEqualTo("AWAITING_CLARIFICATION");

        JsonNode question = await().atMost(ASYNC)
                .until(() -> vk.repliesFor(appealId, "CLARIFICATION"), replies -> !replies.isEmpty()).get(0);
        assertThat(question.at("/replyTo/postId").asText()).isEqualTo("1001");
        assertThat(question.at("/replyTo/commentId").asText()).isEqualTo("6001");
        assertThat(question.path("text").asText()).contains("на какой остановке вы ждали трамвай?");
        awaitAppeal(appealId, "AWAITING_CLARIFICATION");

        String answer = "На остановке «Площадь Ленина», в сторону вокзала.";
        var replied = vk.reply(sample, appealId, "6002", answer);
        assertThat(replied.status()).isEqualTo(202);
        assertThat(replied.body().path("appealId").asText()).isEqualTo(appealId);

        JsonNode inWork = await().atMost(ASYNC).until(() -> desk.appeal(department, appealId),
                appeal -> "IN_PROGRESS".equals(appeal.path("state").asText()));
        assertThat(inWork.path("residentMessages")).hasSize(1);
        assertThat(inWork.at("/residentMessages/0/kind").asText()).isEqualTo("CLARIFICATION");
        assertThat(inWork.at("/residentMessages/0/text").asText()).isEqualTo(answer);
        // the reply counts as the resident's part done: the department owes the answer from now
        assertThat(inWork.at("/deadlines/answerDue").asText()).isNotBlank();
        assertThat(inWork.path("nextDueAt").asText()).isEqualTo(inWork.at("/deadlines/answerDue").asText());

        JsonNode view = awaitAppeal(appealId, appeal -> "IN_PROGRESS".equals(appeal.path("status").asText())
                && entryTypes(appeal).containsAll(List.of("ANSWERED", "RESPONDED")));
        assertThat(workflowStates(view))
                .containsExactly("ASSIGNED", "IN_PROGRESS", "AWAITING_CLARIFICATION", "IN_PROGRESS");
        assertThat(entries(view, "ANSWERED")).singleElement().satisfies(entry -> {
            assertThat(entry.path("kind").asText()).isEqualTo("CLARIFICATION");
            assertThat(entry.path("text").asText()).contains("на какой остановке");
        });
        assertThat(entries(view, "RESPONDED")).singleElement()
                .satisfies(entry -> assertThat(entry.path("text").asText()).isEqualTo(answer));
        assertThat(vk.repliesFor(appealId, "FINAL")).isEmpty();
    }

    @Test
    void aResidentWhoSaysTheProblemIsNotSolvedReopensTheAppealWithNewDeadlines() {
        JsonNode sample = samples.get(13); // VK, street lights out on ул. Садовая in Камышин
        String department = "kamyshin-landscaping";
        String appealId = vk.post(sample, "7001").body().get("appealId").asText();
        assertThat(awaitAssigned(appealId).at("/department/id").asText()).isEqualTo(department);
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));
        assertThat(desk.answerFinally(department, appealId, "Фонари на улице Садовой починены 25 ноября.").status())
                .isEqualTo(202);
        assertThat(desk.approve(appealId).status()).isEqualTo(200);
        awaitAppeal(appealId, "NOTIFIED");
        JsonNode answered = await().atMost(ASYNC).until(() -> desk.appeal(department, appealId),
                appeal -> "NOTIFIED".equals(appeal.path("state").asText()));
        assertThat(isAbsent(answered.path("nextDueAt"))).as("no deadline runs once the answer is delivered").isTrue();

        Instant feedbackAt = Instant.now();
        String words = "Фонари так и не горят, вечером на Садовой по-прежнему темно.";
        var feedback = vk.feedback(appealId, 1, false, words);
        assertThat(feedback.status()).isEqualTo(202);

        JsonNode reopened = await().atMost(ASYNC).until(() -> desk.appeal(department, appealId),
                appeal -> "REOPENED".equals(appeal.path("state").asText()));
        assertThat(reopened.path("residentMessages")).singleElement().satisfies(message -> {
            assertThat(message.path("kind").asText()).isEqualTo("FEEDBACK");
            assertThat(message.path("text").asText()).isEqualTo(words);
            assertThat(message.path("rating").asInt()).isEqualTo(1);
            assertThat(message.path("solved").asBoolean(true)).isFalse();
        });
        // a new round: the first reaction is due again, counted from the reopening
        Instant firstReactionDue = instant(reopened.at("/deadlines/firstReactionDue"));
        assertThat(firstReactionDue).isAfter(feedbackAt)
                .isAfterOrEqualTo(instant(answered.at("/deadlines/firstReactionDue")));
        assertThat(instant(reopened.path("nextDueAt"))).isEqualTo(firstReactionDue);

        JsonNode view = awaitAppeal(appealId, "REOPENED");
        assertThat(instant(view.at("/deadlines/firstReactionDue"))).isEqualTo(firstReactionDue);
        assertThat(workflowStates(view)).endsWith("NOTIFIED", "REOPENED");
        assertThat(entries(view, "RESPONDED")).singleElement().satisfies(entry -> {
            assertThat(entry.path("solved").asBoolean(true)).isFalse();
            assertThat(entry.path("text").asText()).isEqualTo(words);
        });
    }

    @Test
    void anAnswerTheOperatorReturnsIsReworkedAndOnlyTheApprovedSecondTextReachesTheResident() {
        JsonNode sample = samples.get(15); // VK, a leaking roof on Ленина 45 in Михайловка
        String department = "mikhailovka-housing";
        String appealId = vk.post(sample, "8001").body().get("appealId").asText();
        assertThat(awaitAssigned(appealId).at("/department/id").asText()).isEqualTo(department);
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));

        String first = "Крышу отремонтируем.";
        assertThat(desk.answerFinally(department, appealId, first).body().path("state").asText())
                .isEqualTo("IN_REVIEW");
        String comment = "Укажите, когда и кто отремонтирует кровлю над подъездом.";
        var returned = desk.returnForRework(appealId, comment);
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().path("state").asText()).isEqualTo("RETURNED_FOR_REWORK");

        JsonNode toRework = desk.appeal(department, appealId);
        assertThat(toRework.path("state").asText()).isEqualTo("RETURNED_FOR_REWORK");
        assertThat(toRework.path("answers")).singleElement().satisfies(answer -> {
            assertThat(answer.path("text").asText()).isEqualTo(first);
            assertThat(answer.at("/review/status").asText()).isEqualTo("RETURNED");
            assertThat(answer.at("/review/comment").asText()).isEqualTo(comment);
        });

        String second = "Кровлю над третьим подъездом дома на Ленина, 45 управляющая компания отремонтирует "
                + "до 5 декабря.";
        assertThat(desk.answerFinally(department, appealId, second).body().path("state").asText())
                .isEqualTo("IN_REVIEW");
        assertThat(desk.approve(appealId).status()).isEqualTo(200);

        awaitAppeal(appealId, "NOTIFIED");
        assertThat(vk.repliesFor(appealId)).singleElement().satisfies(reply -> {
            assertThat(reply.path("answerKind").asText()).isEqualTo("FINAL");
            assertThat(reply.path("text").asText()).contains(second).doesNotContain(first);
        });
        JsonNode view = awaitAppeal(appealId, "NOTIFIED");
        assertThat(workflowStates(view)).containsExactly("ASSIGNED", "IN_REVIEW", "RETURNED_FOR_REWORK", "IN_REVIEW",
                "ANSWERED", "NOTIFIED");
    }

    @Test
    void aResidentsMailBecomesAnEmailAppealAndTheApprovedAnswerReachesHerInTheSameThread() throws Exception {
        String messageId = "<e2e-pothole-1@mail.example.org>";
        String resident = "maria.petrova@mail.example.org";
        mail.sendToCentre(messageId, resident, "Мария Петрова", "Яма на улице Мира",
                "Здравствуйте! В Михайловке на улице Мира напротив дома 12 огромная яма на проезжей части, "
                        + "машины объезжают её по встречной полосе. Прошу заделать.");

        String department = "mikhailovka-roads";
        String appealId = await().atMost(ASYNC).until(() -> appealOfMail(department, messageId), Objects::nonNull);
        JsonNode appeal = awaitAssigned(appealId);
        assertThat(appeal.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(appeal.path("text").asText()).contains("огромная яма на проезжей части");
        assertThat(appeal.at("/category/code").asText()).isEqualTo("ROADS");

        String answer = "Яма на улице Мира у дома 12 заделана 28 ноября, покрытие восстановлено — «работы приняты».";
        assertThat(desk.answerFinally(department, appealId, answer).status()).isEqualTo(202);
        assertThat(desk.approve(appealId).status()).isEqualTo(200);

        MimeMessage reply = await().atMost(ASYNC).until(() -> mailTo(resident, answer), Objects::nonNull);
        assertThat(reply.getSubject()).isEqualTo("Re: Яма на улице Мира");
        assertThat(reply.getHeader("In-Reply-To", " ")).isEqualTo(messageId);
        assertThat(reply.getHeader("References", " ").split("\\s+")).contains(messageId);
        assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(MailServer.CENTRE_MAILBOX);
        String number = gateway.get("/api/v1/appeals/" + appealId, Desk.OPERATOR_KEY).body()
                .path("registrationNumber").asText();
        assertThat(number).matches("34-\\d{4}-\\d{6}");
        assertThat(textOf(reply)).contains(answer, number);

        JsonNode notified = awaitAppeal(appealId, "NOTIFIED");
        assertThat(workflowStates(notified)).containsExactly("ASSIGNED", "IN_REVIEW", "ANSWERED", "NOTIFIED");
        // the number on registration and the department on assignment went to the same thread before the answer
        List<MimeMessage> thread = await().atMost(ASYNC).until(() -> mail.mailsTo(resident), mails -> mails.size() == 3);
        assertThat(thread).allSatisfy(sent -> assertThat(sent.getHeader("In-Reply-To", " ")).isEqualTo(messageId));
    }

    @Test
    void anOpen311RequestThroughTheGatewayIsOpenUntilItsApprovedAnswerIsDeliveredThenClosed() {
        var services = gateway.get("/open311/v2/services.json", null);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.body().valueStream().filter(service -> "ROADS".equals(service.path("service_code").asText())))
                .singleElement().satisfies(roads -> assertThat(roads.path("service_name").asText()).isEqualTo("Дороги"));

        var refused = gateway.postForm("/open311/v2/requests.json", null, pothole("not-a-key"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).singleElement().satisfies(error -> {
            assertThat(error.path("code").asInt()).isEqualTo(403);
            assertThat(error.path("description").asText()).contains("api_key");
        });

        var created = gateway.postForm("/open311/v2/requests.json", null, pothole("demo-open311"));
        assertThat(created.status()).isEqualTo(201);
        String requestId = created.body().get(0).path("service_request_id").asText();
        assertThat(open311Request(requestId).path("status").asText()).isEqualTo("open");

        // the place comes from the coordinates alone: the description does not name the town
        String department = "mikhailovka-roads";
        JsonNode assigned = awaitAssigned(requestId);
        assertThat(assigned.path("channel").asText()).isEqualTo("WEB");
        assertThat(assigned.at("/department/id").asText()).isEqualTo(department);
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(requestId));
        assertThat(desk.answerFinally(department, requestId, "Выбоину у дома 12 заделали 27 ноября.").status())
                .isEqualTo(202);
        assertThat(open311Request(requestId).path("status").asText()).isEqualTo("open");
        assertThat(desk.approve(requestId).status()).isEqualTo(200);

        awaitAppeal(requestId, "NOTIFIED");
        JsonNode closed = open311Request(requestId);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(closed.path("service_code").asText()).isEqualTo("ROADS");
    }

    @Test
    void theVkAdapterConfirmsTheReplyItPostedAndTheOperatorsSeeTheReceipt() {
        JsonNode sample = samples.get(17); // VK, bus 12 in Волжский runs once an hour
        String appealId = vk.post(sample, "9001").body().get("appealId").asText();
        String department = awaitAssigned(appealId).at("/department/id").asText();
        await().atMost(ASYNC).until(() -> desk.inboxIds(department).contains(appealId));
        assertThat(desk.answerFinally(department, appealId, "С 1 декабря автобус 12 ходит каждые 15 минут.").status())
                .isEqualTo(202);
        assertThat(desk.approve(appealId).status()).isEqualTo(200);
        JsonNode reply = await().atMost(ASYNC).until(() -> vk.repliesFor(appealId, "FINAL"), r -> !r.isEmpty()).get(0);
        String deliveryId = reply.path("deliveryId").asText();
        awaitAppeal(appealId, "NOTIFIED");

        var otherChannel = new ChannelAdapter(gateway, webhooks, "demo-channel-ok").receipt(deliveryId, "DELIVERED");
        assertThat(otherChannel.status()).isEqualTo(404);
        var receipt = vk.receipt(deliveryId, "DELIVERED");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body().path("deliveryId").asText()).isEqualTo(deliveryId);
        assertThat(receipt.body().path("status").asText()).isEqualTo("DELIVERED");

        var deliveries = desk.deliveries(appealId);
        assertThat(deliveries.status()).isEqualTo(200);
        assertThat(deliveries.body().path("deliveries").valueStream()
                .filter(delivery -> deliveryId.equals(delivery.path("deliveryId").asText())))
                .singleElement().satisfies(delivery -> {
                    assertThat(delivery.path("answerKind").asText()).isEqualTo("FINAL");
                    assertThat(delivery.path("channel").asText()).isEqualTo("VK");
                    assertThat(delivery.at("/receipt/status").asText()).isEqualTo("DELIVERED");
                });
    }

    /**
     * Routing's decision and the department's first workflow move reach intake on different topics, in either order:
     * the view is complete once both are in.
     */
    private JsonNode awaitAssigned(String appealId) {
        return awaitAppeal(appealId, appeal -> "ASSIGNED".equals(appeal.path("status").asText())
                && !appeal.at("/department/id").asText().isEmpty());
    }

    private JsonNode awaitAppeal(String appealId, String status) {
        return awaitAppeal(appealId, appeal -> status.equals(appeal.path("status").asText()));
    }

    private JsonNode awaitAppeal(String appealId, Predicate<JsonNode> condition) {
        return await().atMost(ASYNC).until(() -> gateway.get("/api/v1/appeals/" + appealId, Desk.OPERATOR_KEY).body(),
                appeal -> appeal != null && condition.test(appeal));
    }

    /** The department's workflow states in the order intake's timeline shows them. */
    private static List<String> workflowStates(JsonNode appeal) {
        return entries(appeal, "STATE_CHANGED").stream().map(entry -> entry.path("state").asText()).toList();
    }

    private static List<String> entryTypes(JsonNode appeal) {
        return appeal.path("timeline").valueStream().map(entry -> entry.path("type").asText()).toList();
    }

    private static List<JsonNode> entries(JsonNode appeal, String type) {
        return appeal.path("timeline").valueStream().filter(entry -> type.equals(entry.path("type").asText())).toList();
    }

    /** The appeal in the department's inbox that the mail with this Message-ID became, or null while there is none. */
    private static String appealOfMail(String departmentId, String messageId) {
        return desk.inboxIds(departmentId).stream()
                .filter(id -> messageId.equals(gateway.get("/api/v1/appeals/" + id, Desk.OPERATOR_KEY).body()
                        .path("externalId").asText()))
                .findFirst().orElse(null);
    }

    /** The mail to the resident whose text has the answer, or null while none has arrived. */
    private static MimeMessage mailTo(String address, String answer) {
        return mail.mailsTo(address).stream().filter(sent -> textOf(sent).contains(answer)).findFirst().orElse(null);
    }

    private static String textOf(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Open311 client's request about a pothole, placed by coordinates in Михайловка only. */
    private static Map<String, String> pothole(String apiKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("service_code", "ROADS");
        form.put("lat", "50.06");
        form.put("long", "43.24");
        form.put("description", "Глубокая яма на проезжей части у дома 12, машины пробивают колёса");
        form.put("email", "petr.ivanov@mail.example.org");
        form.put("first_name", "Пётр");
        return form;
    }

    /** The request as any Open311 reader sees it: public, no key. */
    private static JsonNode open311Request(String requestId) {
        var read = gateway.get("/open311/v2/requests/" + requestId + ".json", null);
        assertThat(read.status()).isEqualTo(200);
        return read.body().get(0);
    }

    /** Services store instants in MongoDB to the millisecond; compare them at that precision. */
    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText()).truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean isAbsent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** The first reply (not a status notice) sent about the appeal. */
    private static WebhookReceiver.Received webhookFor(String appealId) {
        return webhooks.received().stream()
                .filter(w -> new String(w.body(), StandardCharsets.UTF_8).contains(appealId))
                .filter(w -> !JSON.readTree(w.body()).path("notice").isString())
                .findFirst().orElse(null);
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RunningPlatform.webhookSecret("VK").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
