package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A day's work in the console, in a real headless browser against the running platform with Keycloak: an operator
 * places an appeal routing could not, the department answers it — the automatic check flags a formal answer, the
 * department rewrites it — the operator approves, and the appeal's card shows the whole history with who did what.
 * An МЦУ operator cannot open another municipality's appeal by its address. Every page is kept as a screenshot in
 * {@code e2e-tests/target/screenshots}.
 */
class ConsoleScenarioEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final String DEPARTMENT = "mikhailovka-roads";
    private static final String FORMAL = "Ваше обращение рассмотрено. Информация принята к сведению.";
    private static final String SPECIFIC = "Яму во дворе дома 12 по улице Мира засыпали щебнем и заасфальтировали "
            + "3 декабря 2026 года, работы принял мастер участка. Если покрытие просядет, сообщите нам.";

    private static SharedPlatform shared;
    private static String gateway;

    @BeforeAll
    static void platform() throws Exception {
        shared = SharedPlatform.get();
        gateway = shared.platform.gatewayUrl();
    }

    @Test
    void anOperatorPlacesTheDepartmentAnswersTheOperatorApprovesAndTheCardShowsItAll() {
        String appealId = postAppeal("Во дворе нашего дома огромная яма, после дождя машины не могут проехать, "
                + "дети обходят по газону. Просим отремонтировать.", "console-" + UUID.randomUUID());
        await().atMost(ASYNC).until(() -> "TRIAGE".equals(status(appealId)));

        try (Browser operator = Browser.open(gateway)) {
            operator.logIn("cur-operator");
            operator.waitFor(By.id("count-triage"));
            operator.screenshot("01-operator-today");

            operator.waitFor(By.id("nav-triage")).click();
            operator.waitFor(By.id("open-" + appealId)).click();
            operator.choose(By.id("triage-category"), "ROADS");
            operator.choose(By.id("triage-municipality"), "MIKHAILOVKA");
            operator.choose(By.id("triage-department"), DEPARTMENT);
            operator.screenshot("02-operator-triage-card");
            operator.waitFor(By.id("triage-place")).click();
            assertThat(operator.text(By.id("notice"))).startsWith("Обращение направлено");
            operator.screenshot("03-operator-triage-placed");
        }
        await().atMost(ASYNC).until(() -> "ASSIGNED".equals(status(appealId)));

        try (Browser clerk = Browser.open(gateway)) {
            clerk.logIn("roads-mikhailovka");
            clerk.waitFor(By.id("row-" + appealId));
            clerk.screenshot("04-department-inbox");
            clerk.waitFor(By.id("open-" + appealId)).click();
            clerk.waitFor(By.id("move-accept")).click();
            assertThat(clerk.text(By.id("notice"))).contains("принято в работу");

            WebElement answer = clerk.waitFor(By.id("answer-text"));
            answer.sendKeys(FORMAL);
            clerk.waitFor(By.id("answer-check")).click();
            WebElement flags = clerk.waitFor(By.id("check-flags"));
            assertThat(flags.findElements(By.cssSelector("li[data-code=FORMAL_ONLY]"))).hasSize(1);
            assertThat(flags.findElements(By.cssSelector("mark.flag"))).isNotEmpty();
            clerk.screenshot("05-department-answer-flagged");

            answer.clear();
            answer.sendKeys(SPECIFIC);
            clerk.waitFor(By.id("answer-check")).click();
            clerk.waitFor(By.id("check-clean"));
            clerk.waitFor(By.id("answer-send")).click();
            assertThat(clerk.text(By.id("notice"))).contains("провер");
            clerk.waitFor(By.id("final-answer-text"));
            clerk.screenshot("06-department-answer-sent");
        }
        await().atMost(ASYNC).until(() -> "IN_REVIEW".equals(status(appealId)));

        try (Browser operator = Browser.open(gateway)) {
            operator.logIn("cur-operator");
            operator.waitFor(By.id("nav-reviews")).click();
            operator.waitFor(By.id("row-" + appealId));
            operator.screenshot("07-operator-reviews");
            operator.visit("/console/reviews/" + appealId);
            assertThat(operator.text(By.id("review-answer"))).contains("заасфальтировали");
            operator.screenshot("08-operator-review");
            operator.waitFor(By.id("review-approve")).click();
            operator.waitFor(By.id("notice"));
            await().atMost(ASYNC).until(() -> List.of("ANSWERED", "NOTIFIED").contains(status(appealId)));

            operator.visit("/console/appeals/" + appealId);
            String timeline = operator.text(By.id("card-timeline"));
            assertThat(timeline).contains("cur-operator").contains("roads-mikhailovka");
            assertThat(operator.driver().findElements(By.cssSelector("#card-timeline li")).size())
                    .isGreaterThanOrEqualTo(5);
            assertThat(operator.text(By.id("card-status"))).isNotBlank();
            operator.screenshot("09-operator-appeal-card");

            operator.visit("/console/search?q=" + "ямы");
            operator.waitFor(By.id("row-" + appealId));
            operator.screenshot("10-operator-search");
        }
    }

    @Test
    void theOperatorOfMikhailovkasCentreCannotOpenAVolzhskyAppealByItsAddress() {
        String volzhsky = postAppeal("В Волжском на улице Оломоуцкой третий день нет горячей воды, управляющая "
                + "компания трубку не берёт.", "console-volzhsky-" + UUID.randomUUID());
        await().atMost(ASYNC).until(() -> "ASSIGNED".equals(status(volzhsky)));

        try (Browser centre = Browser.open(gateway)) {
            centre.logIn("mcu-mikhailovka");
            centre.visit("/console/appeals/" + volzhsky);

            assertThat(centre.text(By.id("problem-message"))).startsWith("Нет доступа");
            assertThat(centre.driver().getPageSource()).doesNotContain("Оломоуцк").doesNotContain("горячей воды");
            centre.screenshot("11-mcu-foreign-appeal-refused");
        }
    }

    @Test
    void everyOtherPageOpensForThePeopleItIsForAndIsKeptAsAScreenshot() {
        try (Browser admin = Browser.open(gateway)) {
            admin.logIn("platform-admin");
            for (String page : List.of("overdue", "incidents", "deliveries", "directory", "directory/audit", "keys",
                    "keys/audit", "search", "today")) {
                admin.visit("/console/" + page);
                assertThat(admin.text(By.tagName("h1"))).as(page).isNotBlank();
                assertThat(admin.driver().findElements(By.id("problem-message"))).as(page).isEmpty();
                admin.screenshot("12-admin-" + page.replace('/', '-'));
            }
        }
        try (Browser clerk = Browser.open(gateway)) {
            clerk.logIn("roads-mikhailovka");
            clerk.visit("/console/inbox/" + DEPARTMENT + "/incidents");
            assertThat(clerk.text(By.tagName("h1"))).isNotBlank();
            assertThat(clerk.driver().findElements(By.id("problem-message"))).isEmpty();
            clerk.screenshot("13-department-incidents");
            clerk.visit("/console/keys");
            assertThat(clerk.text(By.id("problem-message"))).startsWith("Нет доступа");
            clerk.screenshot("14-department-keys-refused");
        }
    }

    private static String postAppeal(String text, String externalId) {
        String body = JSON.createObjectNode().put("channel", "VK").put("externalId", externalId).put("text", text)
                .set("author", JSON.createObjectNode().put("id", "resident-" + externalId).put("name", "Анна"))
                .toString().replaceFirst("}$", ",\"replyTo\":{\"postId\":\"1001\",\"commentId\":\"" + externalId
                        + "\"}}");
        var posted = shared.gateway.post("/api/v1/appeals", "demo-channel-vk", body);
        assertThat(posted.status()).isEqualTo(202);
        return posted.body().get("appealId").asString();
    }

    private static String status(String appealId) {
        JsonNode view = shared.gateway.get("/api/v1/appeals/" + appealId, Desk.OPERATOR_KEY).body();
        return view == null ? null : view.path("status").asString();
    }
}
