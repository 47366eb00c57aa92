package org.appeals.intake.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resident's public status page and feedback, called as the gateway forwards them: with a signed identity that
 * names nobody.
 */
class PublicAppealIT extends EmbeddedIntakeTest {

    private static final String PUBLIC = "/api/v1/public/appeals/";

    @Test
    void thePublicViewShowsTheApprovedAnswerTheStepsAndNoPersonalData() {
        Appeal appeal = register();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AppealAnswered interim = answer(appeal, AnswerKind.INTERIM, "Работы запланированы.",
                LocalDate.now().plusDays(5), now.minusSeconds(60));
        AppealAnswered last = answer(appeal, AnswerKind.FINAL, "Яма заделана 21 ноября.", null, now.minusSeconds(30));
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appeal.id(), now.minusSeconds(120)));
        publish(Topics.APPEALS_ANSWERED, interim);
        publish(Topics.APPEALS_ANSWERED, last);
        publish(Topics.APPEALS_NOTIFIED, delivered(last, now.minusSeconds(20)));

        JsonNode view = awaitView(appeal, json -> json.get("status").asString().equals("NOTIFIED"));

        assertThat(view.get("number").asString()).isEqualTo(appeal.number());
        assertThat(view.get("statusText").asString()).isEqualTo("Ответ отправлен вам");
        assertThat(view.get("category").asString()).isEqualTo("ROADS");
        assertThat(view.get("categoryName").asString()).isEqualTo("Дороги");
        assertThat(view.get("municipality").asString()).isEqualTo("Михайловка");
        assertThat(view.get("departmentName").asString()).isEqualTo(Events.ROADS_DEPARTMENT);
        assertThat(view.get("receivedAt").asString()).isEqualTo("2026-11-20T08:15:29Z");
        assertThat(view.get("dueAt").isNull()).isFalse();
        assertThat(view.get("promisedBy").isNull()).as("the final answer kept the promise").isTrue();
        assertThat(view.get("closed").asBoolean()).isFalse();
        assertThat(view.get("answers").findValuesAsString("kind")).containsExactly("INTERIM", "FINAL");
        assertThat(view.get("answers").get(1).get("text").asString()).isEqualTo("Яма заделана 21 ноября.");
        assertThat(view.get("answers").get(1).get("answerId").asString()).isEqualTo(last.answerId().toString());
        assertThat(view.get("answers").get(0).get("promisedBy").asString())
                .isEqualTo(interim.promisedBy().toString());
        assertThat(view.get("timeline").findValuesAsString("text")).containsExactly("Обращение зарегистрировано",
                "Передано исполнителю: " + Events.ROADS_DEPARTMENT,
                "Дан промежуточный ответ; окончательный обещан до " + interim.promisedBy().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "Дан окончательный ответ", "Ответ отправлен вам");
        JsonNode feedback = view.get("feedback");
        assertThat(feedback.get("answerId").asString()).isEqualTo(last.answerId().toString());
        assertThat(feedback.get("open").asBoolean()).isTrue();
        assertThat(Instant.parse(feedback.get("until").asString())).isEqualTo(now.minusSeconds(20)
                .plus(Duration.ofDays(10)));
        assertThat(feedback.get("given").isNull()).isTrue();
        // nothing of the author, the reply address, the appeal's own words or the people who acted
        assertThat(view.toString()).doesNotContain("Пётр", "Иванов", "+79001112233", "tg-501", "chatId",
                "контейнеры", "Камышин", "ivanova.roads", "author", "replyTo", "actor", appeal.id().toString());
    }

    @Test
    void aWrongOrMissingCodeIsNotFoundExactlyLikeAnUnknownNumberOrAnAppealId() {
        Appeal appeal = register();
        String unknown = "34-2099-" + String.format("%06d", (int) (Math.random() * 1_000_000));

        HttpResponse<String> wrong = get(appeal.number(), otherCode(appeal.code()));
        HttpResponse<String> missing = client().get(PUBLIC + appeal.number(), null, null);
        HttpResponse<String> none = get(unknown, appeal.code());
        HttpResponse<String> byId = get(appeal.id().toString(), appeal.code());

        for (HttpResponse<String> response : java.util.List.of(wrong, missing, none, byId)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(withoutInstance(response.body())).isEqualTo(withoutInstance(none.body()));
        }
        assertThat(get(appeal.number(), appeal.code()).statusCode()).isEqualTo(200);
    }

    @Test
    void theCodeIsTakenAsAPersonTypesIt() {
        Appeal appeal = register();
        String typed = appeal.code().substring(0, 4).toLowerCase() + "-" + appeal.code().substring(4).toLowerCase();

        assertThat(get(appeal.number(), typed).statusCode()).isEqualTo(200);
    }

    @Test
    void theSixthWrongCodeForANumberWithinTheWindowIsRefusedWithRetryAfterEvenWithTheRightCode() {
        Appeal appeal = register();
        Appeal neighbour = register();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(get(appeal.number(), otherCode(appeal.code())).statusCode()).as("attempt " + attempt)
                    .isEqualTo(404);
        }
        HttpResponse<String> sixth = get(appeal.number(), otherCode(appeal.code()));
        HttpResponse<String> right = get(appeal.number(), appeal.code());

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(feedback(appeal, UUID.randomUUID(), 5, true).statusCode()).isEqualTo(429);
        assertThat(get(neighbour.number(), neighbour.code()).statusCode()).as("other numbers stay open")
                .isEqualTo(200);
    }

    @Test
    void feedbackIsTakenOncePerFinalAnswer() {
        Appeal appeal = register();
        AppealAnswered last = finallyAnswered(appeal, Instant.now());

        HttpResponse<String> first = feedback(appeal, last.answerId(), 5, true);
        HttpResponse<String> again = feedback(appeal, last.answerId(), 1, false);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(Samples.read(first.body()).get("accepted").asBoolean()).isTrue();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode given = Samples.read(get(appeal.number(), appeal.code()).body()).get("feedback");
        assertThat(given.get("open").asBoolean()).isFalse();
        assertThat(given.get("given").get("rating").asInt()).isEqualTo(5);
        assertThat(given.get("given").get("solved").asBoolean()).isTrue();
    }

    @Test
    void feedbackAfterTheWindowOrWithoutAFinalAnswerIsGone() {
        Appeal late = register();
        AppealAnswered old = finallyAnswered(late, Instant.now().minus(Duration.ofDays(11)));
        Appeal unanswered = register();

        HttpResponse<String> tooLate = feedback(late, old.answerId(), 4, true);
        HttpResponse<String> nothingToRate = feedback(unanswered, UUID.randomUUID(), 4, true);

        assertThat(tooLate.statusCode()).isEqualTo(410);
        assertThat(nothingToRate.statusCode()).isEqualTo(410);
        assertThat(Samples.read(get(late.number(), late.code()).body()).get("feedback").get("open").asBoolean())
                .isFalse();
    }

    @Test
    void notSolvedFeedbackIsPublishedAsResidentRespondedForTheDepartmentToReopen() {
        Appeal appeal = register();
        AppealAnswered last = finallyAnswered(appeal, Instant.now());

        HttpResponse<String> response = feedback(appeal, last.answerId(), 2, false);

        assertThat(response.statusCode()).isEqualTo(202);
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            String key = appeal.id().toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(key).size() == 1);
            JsonNode event = Samples.read(topic.valuesFor(key).get(0));
            assertThat(event.get("kind").asString()).isEqualTo("FEEDBACK");
            assertThat(event.get("solved").asBoolean()).isFalse();
            assertThat(event.get("rating").asInt()).isEqualTo(2);
            assertThat(event.get("text").asString()).isEqualTo("Яму засыпали, через день снова провал");
            assertThat(event.get("channel").asString()).isEqualTo("TELEGRAM");
        }
    }

    @Test
    void badFeedbackValuesAreABadRequestNamingTheFields() {
        Appeal appeal = register();
        AppealAnswered last = finallyAnswered(appeal, Instant.now());
        ObjectNode body = form(appeal.code(), last.answerId(), 7, true);
        body.remove("solved");

        HttpResponse<String> response = client().post(PUBLIC + appeal.number() + "/feedback",
                AppealBodies.json(body), null, null);
        HttpResponse<String> noAnswer = client().post(PUBLIC + appeal.number() + "/feedback",
                AppealBodies.json(form(appeal.code(), last.answerId(), 3, true).put("answerId", "bad")), null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Samples.read(response.body()).get("errors").findValuesAsString("field"))
                .containsExactly("rating", "solved");
        assertThat(noAnswer.statusCode()).isEqualTo(400);
        assertThat(Samples.read(noAnswer.body()).get("errors").findValuesAsString("field")).containsExactly("answerId");
    }

    private record Appeal(UUID id, String number, String code) {
    }

    private Appeal register() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("TELEGRAM", unique("chat-77"))),
                "CHANNEL", "TELEGRAM");
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode registered = Samples.read(response.body());
        return new Appeal(UUID.fromString(registered.get("appealId").asString()),
                registered.get("registrationNumber").asString(), registered.get("accessCode").asString());
    }

    /** A final answer at {@code at}, delivered right then, as the public page sees it. */
    private AppealAnswered finallyAnswered(Appeal appeal, Instant at) {
        AppealAnswered last = answer(appeal, AnswerKind.FINAL, "Яма заделана.", null, at);
        publish(Topics.APPEALS_ANSWERED, last);
        publish(Topics.APPEALS_NOTIFIED, delivered(last, at.plusSeconds(1)));
        awaitView(appeal, json -> json.get("status").asString().equals("NOTIFIED"));
        return last;
    }

    private static AppealAnswered answer(Appeal appeal, AnswerKind kind, String text, LocalDate promisedBy,
                                         Instant at) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appeal.id(), at,
                UUID.randomUUID(), "mikhailovka-roads", Events.ROADS_DEPARTMENT, kind, text, promisedBy,
                new Actor("ivanova.roads", "DEPARTMENT"));
    }

    private static AppealNotified delivered(AppealAnswered answer, Instant at) {
        return new AppealNotified(AppealNotified.SCHEMA_VERSION, UUID.randomUUID(), answer.appealId(), at,
                UUID.randomUUID(), answer.answerId(), Channel.TELEGRAM, answer.kind(), DeliveryOutcome.DELIVERED, 1,
                "sent");
    }

    private void publish(String topic, AppealEvent event) {
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(topic, event.appealId().toString(), Samples.JSON.writeValueAsString(event));
        }
    }

    private JsonNode awaitView(Appeal appeal, java.util.function.Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> get(appeal.number(), appeal.code()),
                response -> response.statusCode() == 200 && until.test(Samples.read(response.body())))
                .body().transform(Samples::read);
    }

    private HttpResponse<String> get(String number, String code) {
        return client().get(PUBLIC + number + "?code=" + code, null, null);
    }

    private HttpResponse<String> feedback(Appeal appeal, UUID answerId, int rating, boolean solved) {
        return client().post(PUBLIC + appeal.number() + "/feedback",
                AppealBodies.json(form(appeal.code(), answerId, rating, solved)), null, null);
    }

    private static ObjectNode form(String code, UUID answerId, int rating, boolean solved) {
        ObjectNode form = Samples.JSON.createObjectNode();
        form.put("code", code);
        form.put("answerId", answerId.toString());
        form.put("rating", rating);
        form.put("solved", solved);
        form.put("comment", "Яму засыпали, через день снова провал");
        return form;
    }

    /** A code of the right form that is not this one. */
    private static String otherCode(String code) {
        return (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
    }

    private static String withoutInstance(String problem) {
        ObjectNode node = (ObjectNode) Samples.read(problem);
        node.remove("instance");
        return node.toString();
    }
}
