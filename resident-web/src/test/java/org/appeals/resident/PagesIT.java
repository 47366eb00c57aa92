package org.appeals.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.appeals.support.testing.GatewayStub;
import org.appeals.resident.testing.PublicAppeals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PagesIT extends ResidentWebITBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWERED = PublicAppeals.NUMBER;
    private static final String RATED = "34-2026-004219";
    private static final String RECEIVED = "34-2026-004218";
    private static final String FEEDBACK_PATH = "/api/v1/public/appeals/" + ANSWERED + "/feedback";

    @BeforeAll
    static void publish() {
        gateway.publish(ANSWERED, PublicAppeals.CODE, PublicAppeals.ANSWERED);
        gateway.publish(RATED, PublicAppeals.CODE, PublicAppeals.RATED);
        gateway.publish(RECEIVED, PublicAppeals.CODE, PublicAppeals.RECEIVED);
    }

    @Test
    void theStatusPageShowsStatusDepartmentAnswersAndTheFeedbackLink() {
        HttpResponse<String> response = get("/appeal/" + ANSWERED + "?code=" + PublicAppeals.CODE);

        assertThat(response.statusCode()).isEqualTo(200);
        var page = page(response);
        assertThat(page.getElementById("status").text()).isEqualTo("Дан ответ");
        assertThat(page.getElementById("department").text()).isEqualTo("Комитет дорожного хозяйства");
        assertThat(page.getElementById("answer-" + PublicAppeals.FINAL_ANSWER).text()).contains("Яма заделана.");
        assertThat(page.getElementById("feedback-link").attr("href"))
                .isEqualTo("/feedback/" + ANSWERED + "?code=" + PublicAppeals.CODE);
        assertThat(gateway.requests("GET", "/api/v1/public/appeals/" + ANSWERED))
                .allSatisfy(request -> assertThat(request.header("X-Api-Key")).isEqualTo(API_KEY));
        // the address holds the access code: it goes nowhere else and is kept by no cache
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aWrongCodeGetsTheLookupFormWithANeutralMessageAndNothingElse() {
        HttpResponse<String> response = get("/appeal/" + ANSWERED + "?code=WRONG123");

        assertThat(response.statusCode()).isEqualTo(404);
        var page = page(response);
        assertThat(page.getElementById("lookup-message").text()).contains("Обращение не найдено");
        assertThat(page.getElementById("lookup-form")).isNotNull();
        assertThat(page.getElementById("status")).isNull();
        assertThat(response.body()).doesNotContain("Комитет", "Яма");
    }

    @Test
    void withoutACodeTheLookupFormAsksForIt() {
        HttpResponse<String> response = get("/appeal/" + ANSWERED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response).getElementById("number").val()).isEqualTo(ANSWERED);
        assertThat(page(response).getElementById("lookup-message")).isNull();
    }

    @Test
    void theLookupFormLeadsToTheStatusPage() {
        HttpResponse<String> response = get("/appeal/find?number=+" + ANSWERED.toLowerCase() + "+&code=7K3M9QXA");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .endsWith("/appeal/" + ANSWERED + "?code=7K3M9QXA");
    }

    @Test
    void tooManyWrongCodesSayWhenToTryAgain() {
        String number = "34-2026-009999";
        gateway.answer("GET", "/api/v1/public/appeals/" + number, request -> new GatewayStub.Answer(429,
                "application/problem+json", "{\"status\":429,\"detail\":\"Too many wrong codes.\"}", "540"));

        HttpResponse<String> response = get("/appeal/" + number + "?code=AAAAAAAA");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(page(response).getElementById("lookup-message").text())
                .isEqualTo("Слишком много попыток, попробуйте через 9 минут.");
    }

    @Test
    void theGatewayFailingGivesARussianPageNotAStackTrace() {
        String number = "34-2026-008888";
        gateway.answer("GET", "/api/v1/public/appeals/" + number,
                request -> GatewayStub.Answer.problem(500, "Boom."));

        HttpResponse<String> response = get("/appeal/" + number + "?code=AAAAAAAA");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(page(response).getElementById("problem-message").text()).contains("временно недоступен");
    }

    @Test
    void ratingTheFinalAnswerPostsItAndThanks() {
        var form = page(get("/feedback/" + ANSWERED + "?code=" + PublicAppeals.CODE));
        assertThat(form.getElementById("rating-1")).isNotNull();
        assertThat(form.getElementById("answer-" + PublicAppeals.FINAL_ANSWER)).isNotNull();

        HttpResponse<String> response = postForm("/feedback/" + ANSWERED, "code=7K3M9QXA&answerId="
                + PublicAppeals.FINAL_ANSWER + "&rating=2&solved=no&comment=%D0%AF%D0%BC%D0%B0+%D1%81%D0%BD%D0%BE%D0%B2%D0%B0");

        assertThat(response.statusCode()).isEqualTo(200);
        var page = page(response);
        assertThat(page.getElementById("feedback-thanks")).isNotNull();
        assertThat(page.getElementById("status-link").attr("href")).isEqualTo("/appeal/" + ANSWERED + "?code=7K3M9QXA");
        var posts = gateway.requests("POST", FEEDBACK_PATH);
        JsonNode body = JSON.readTree(posts.get(posts.size() - 1).body());
        assertThat(body.path("code").asString()).isEqualTo("7K3M9QXA");
        assertThat(body.path("answerId").asString()).isEqualTo(PublicAppeals.FINAL_ANSWER);
        assertThat(body.path("rating").asInt()).isEqualTo(2);
        assertThat(body.path("solved").asBoolean()).isFalse();
        assertThat(body.path("comment").asString()).isEqualTo("Яма снова");
    }

    @Test
    void feedbackGivenBeforeOrTooLateIsSaidSo() {
        try {
            gateway.answer("POST", FEEDBACK_PATH, request -> GatewayStub.Answer.problem(409, "Already given."));
            assertThat(page(postForm("/feedback/" + ANSWERED, "code=7K3M9QXA&answerId=a&rating=5&solved=yes"))
                    .getElementById("feedback-message").text()).isEqualTo("Вы уже оценили этот ответ.");

            gateway.answer("POST", FEEDBACK_PATH, request -> GatewayStub.Answer.problem(410, "Window over."));
            HttpResponse<String> late = postForm("/feedback/" + ANSWERED, "code=7K3M9QXA&answerId=a&rating=5&solved=yes");
            assertThat(late.statusCode()).isEqualTo(410);
            assertThat(page(late).getElementById("feedback-message").text()).isEqualTo("Срок для оценки истёк.");
        } finally {
            gateway.standardAnswer("POST", FEEDBACK_PATH);
        }
    }

    @Test
    void aFeedbackFormWithoutAChoiceIsShownAgainWithTheMessage() {
        HttpResponse<String> response = postForm("/feedback/" + ANSWERED, "code=7K3M9QXA&answerId="
                + PublicAppeals.FINAL_ANSWER + "&rating=4");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page(response).getElementById("error-solved")).isNotNull();
        assertThat(page(response).getElementById("rating-4").hasAttr("checked")).isTrue();
    }

    @Test
    void theFeedbackPageOfAnAnswerAlreadyRatedShowsNoForm() {
        var page = page(get("/feedback/" + RATED + "?code=" + PublicAppeals.CODE));

        assertThat(page.getElementById("feedback-message").text()).isEqualTo("Вы уже оценили этот ответ.");
        assertThat(page.getElementById("feedback-form")).isNull();
    }

    @Test
    void theFeedbackPageBeforeAnyFinalAnswerSaysSo() {
        var page = page(get("/feedback/" + RECEIVED + "?code=" + PublicAppeals.CODE));

        assertThat(page.getElementById("feedback-message").text()).startsWith("Окончательного ответа ещё нет");
        assertThat(page.getElementById("feedback-form")).isNull();
    }

    @Test
    void anUnknownPageIsARussianPageNotWhitelabel() {
        HttpResponse<String> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(page(response).getElementById("problem-message").text()).contains("Такой страницы нет");
        assertThat(response.body()).doesNotContain("Whitelabel");
    }

    @Test
    void servesItsStylesheetLeafletAndMetrics() {
        assertThat(get("/public-assets/resident.css").statusCode()).isEqualTo(200);
        assertThat(get("/public-assets/form.js").statusCode()).isEqualTo(200);
        assertThat(get("/public-assets/webjars/leaflet/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(get("/public-assets/webjars/leaflet/dist/leaflet.css").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("http_server_requests");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
