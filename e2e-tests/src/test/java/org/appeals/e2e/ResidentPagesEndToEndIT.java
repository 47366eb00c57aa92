package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident's side in a real headless browser against the running platform: a resident files an appeal through
 * the web form with a photo, gets the registration number and the access code on the page and in the WEB channel's
 * notice, follows the appeal on the status page, reads the department's approved answer there, rates it "not solved"
 * on the feedback page the answer links to, and the console shows the appeal reopened. A wrong code shows nothing; the
 * form refuses a 20 MB photo and an executable renamed to .jpg with a Russian message. Screenshots in
 * {@code e2e-tests/target/screenshots}.
 */
class ResidentPagesEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final String DEPARTMENT = "mikhailovka-roads";
    private static final String WEB_KEY = "demo-channel-web";
    private static final String ANSWER = "Яму на улице Мира у дома 7 засыпали щебнем и заасфальтировали 3 декабря "
            + "2026 года, работы принял мастер участка. Если покрытие просядет, сообщите нам.";
    private static final Pattern CODE = Pattern.compile("code=([0-9A-Z]{8})");

    private static SharedPlatform shared;
    private static String gateway;
    private static Path photos;

    @BeforeAll
    static void platform() throws Exception {
        shared = SharedPlatform.get();
        gateway = shared.platform.gatewayUrl();
        photos = Files.createDirectories(Path.of("target", "e2e-photos")).toAbsolutePath();
    }

    @Test
    void aResidentWritesThroughTheFormFollowsTheAppealAndReopensItByRatingTheAnswerNotSolved() throws Exception {
        Path photo = jpeg(photos.resolve("yama.jpg"));
        String email = "resident-" + UUID.randomUUID() + "@mail.example";
        String number;
        String code;
        try (Browser resident = Browser.open(gateway)) {
            resident.visit("/form");
            resident.waitFor(By.id("appeal-form"));
            resident.screenshot("20-resident-form");
            resident.waitFor(By.id("text")).sendKeys("На улице Мира в Михайловке у дома 7 огромная яма на дороге, "
                    + "машины объезжают её по тротуару. Просим отремонтировать асфальт.");
            resident.choose(By.id("category"), "ROADS");
            resident.choose(By.id("municipality"), "MIKHAILOVKA");
            resident.waitFor(By.id("address")).sendKeys("ул. Мира, 7");
            resident.waitFor(By.id("email")).sendKeys(email);
            resident.waitFor(By.id("photos")).sendKeys(photo.toString());
            check(resident, "consent");
            resident.screenshot("21-resident-form-filled");
            resident.waitFor(By.id("submit")).click();

            number = resident.text(By.id("registration-number"));
            code = resident.text(By.id("access-code"));
            assertThat(number).matches("\\d{2}-2026-\\d{6}");
            assertThat(code).matches("[0-9A-Z]{8}");
            resident.screenshot("22-resident-form-registered");
        }

        // the platform knows the appeal by its number, and the resident's notice carries number, code and link
        String appealId = shared.gateway.get("/api/v1/appeals/" + number, Desk.OPERATOR_KEY).body()
                .path("appealId").asString();
        ChannelAdapter web = new ChannelAdapter(shared.gateway, shared.webhooks, WEB_KEY);
        JsonNode registered = await().atMost(ASYNC).until(() -> web.noticesFor(appealId).stream()
                .filter(n -> "REGISTERED".equals(n.path("notice").asString())).findFirst().orElse(null),
                notice -> notice != null);
        String noticeText = registered.path("text").asString();
        assertThat(noticeText).contains(number).contains(code).contains("/appeal/" + number);
        assertThat(codeIn(noticeText)).isEqualTo(code);
        JsonNode view = shared.gateway.get("/api/v1/appeals/" + appealId, Desk.OPERATOR_KEY).body();
        assertThat(view.path("attachments").get(0).asString()).contains("/photos/");

        placedWithTheDepartment(appealId);
        Desk desk = new Desk(shared.gateway);
        assertThat(desk.accept(DEPARTMENT, appealId).status()).isLessThan(300);
        assertThat(desk.answerFinally(DEPARTMENT, appealId, ANSWER).status()).isLessThan(300);
        await().atMost(ASYNC).until(() -> "IN_REVIEW".equals(status(appealId)));
        assertThat(desk.approve(appealId).status()).isLessThan(300);
        JsonNode finalReply = await().atMost(ASYNC).until(() -> web.repliesFor(appealId, "FINAL").stream()
                .findFirst().orElse(null), reply -> reply != null);
        assertThat(finalReply.path("text").asString()).contains("/feedback/" + number + "?code=" + code);

        try (Browser resident = Browser.open(gateway)) {
            resident.visit("/appeal/" + number + "?code=" + code);
            await().atMost(ASYNC).until(() -> {
                resident.visit("/appeal/" + number + "?code=" + code);
                return resident.driver().getPageSource().contains("заасфальтировали");
            });
            assertThat(resident.text(By.id("status"))).isNotBlank();
            assertThat(resident.text(By.id("department"))).isNotBlank();
            String page = resident.driver().getPageSource();
            assertThat(page).doesNotContain(email).doesNotContain("resident-");
            resident.screenshot("23-resident-status-answered");

            resident.waitFor(By.id("feedback-link")).click();
            resident.waitFor(By.id("rating-2"));
            resident.screenshot("24-resident-feedback");
            check(resident, "rating-2");
            check(resident, "solved-no");
            resident.waitFor(By.id("comment")).sendKeys("Яму засыпали только наполовину, на дороге снова лужа.");
            resident.waitFor(By.id("send-feedback")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> resident.driver().getPageSource().contains("Спасибо"));
            resident.screenshot("25-resident-feedback-sent");
        }
        await().atMost(ASYNC).until(() -> "REOPENED".equals(status(appealId)));

        try (Browser operator = Browser.open(gateway)) {
            operator.logIn("cur-operator");
            operator.visit("/console/appeals/" + number);
            WebElement status = operator.waitFor(By.id("card-status"));
            assertThat(status.getDomAttribute("data-status")).isEqualTo("REOPENED");
            assertThat(operator.text(By.tagName("h1"))).contains(number);
            operator.screenshot("26-operator-card-reopened");
        }
    }

    @Test
    void aWrongCodeShowsNothingOfTheAppeal() {
        String body = JSON.createObjectNode().put("channel", "WEB").put("externalId", "web-" + UUID.randomUUID())
                .put("text", "В Михайловке на улице Мира не горят фонари уже неделю, вечером очень темно.")
                .toString().replaceFirst("}$", ",\"author\":{\"id\":\"w1\",\"name\":\"Ольга Секретная\"},"
                        + "\"replyTo\":{\"email\":\"olga.secret@mail.example\"}}");
        var posted = shared.gateway.post("/api/v1/appeals", WEB_KEY, body);
        assertThat(posted.status()).isEqualTo(202);
        String number = posted.body().path("registrationNumber").asString();
        String code = posted.body().path("accessCode").asString();
        String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);

        assertThat(shared.gateway.get("/api/v1/public/appeals/" + number + "?code=" + wrong, null).status())
                .isEqualTo(404);
        assertThat(shared.gateway.get("/api/v1/public/appeals/" + number + "?code=" + code, null).status())
                .isEqualTo(200);
        try (Browser stranger = Browser.open(gateway)) {
            // the same page with the right code shows the appeal: what the wrong code must not
            stranger.visit("/appeal/" + number + "?code=" + code);
            String status = stranger.text(By.id("status"));
            assertThat(status).isNotBlank();

            stranger.visit("/appeal/" + number + "?code=" + wrong);
            assertThat(stranger.text(By.id("lookup-message"))).isNotBlank();
            assertThat(stranger.driver().findElements(By.id("status"))).isEmpty();
            assertThat(stranger.driver().findElements(By.id("department"))).isEmpty();
            assertThat(stranger.driver().findElement(By.tagName("main")).getText()).doesNotContain(status);
            stranger.screenshot("27-resident-status-wrong-code");
        }
    }

    @Test
    void theFormRefusesA20MegabytePhotoAndAnExecutableNamedJpgInRussian() throws IOException {
        Path big = photos.resolve("bolshoe-foto.jpg");
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(twentyMegabytes);
        twentyMegabytes[0] = (byte) 0xFF;
        twentyMegabytes[1] = (byte) 0xD8;
        twentyMegabytes[2] = (byte) 0xFF;
        Files.write(big, twentyMegabytes);
        Path exe = photos.resolve("setup.jpg");
        byte[] program = new byte[64 * 1024];
        new Random(9).nextBytes(program);
        program[0] = 'M';
        program[1] = 'Z';
        Files.write(exe, program);

        for (Path file : List.of(big, exe)) {
            try (Browser resident = Browser.open(gateway)) {
                resident.visit("/form");
                resident.waitFor(By.id("text")).sendKeys("В Михайловке на улице Мира яма на дороге, фото прилагаю.");
                resident.choose(By.id("municipality"), "MIKHAILOVKA");
                resident.waitFor(By.id("email")).sendKeys("refused-" + UUID.randomUUID() + "@mail.example");
                resident.waitFor(By.id("photos")).sendKeys(file.toString());
                check(resident, "consent");
                resident.waitFor(By.id("submit")).click();

                WebElement error = resident.waitFor(By.id("error-photos"));
                await().atMost(Duration.ofSeconds(30)).until(() -> !error.getText().isBlank());
                assertThat(error.getText()).matches(".*[а-яА-Я].*").contains(file.getFileName().toString());
                assertThat(resident.driver().findElements(By.id("registration-number"))).isEmpty();
                resident.screenshot("28-resident-form-refused-" + file.getFileName().toString().replace('.', '-'));
            }
        }
    }

    /** Routing places a clear pothole in Михайловка itself; should it ask an operator, the operator places it. */
    private static void placedWithTheDepartment(String appealId) {
        await().atMost(ASYNC).until(() -> List.of("TRIAGE", "ASSIGNED").contains(status(appealId)));
        if ("TRIAGE".equals(status(appealId))) {
            var placed = shared.gateway.post("/api/v1/triage/" + appealId, Desk.OPERATOR_KEY, JSON.createObjectNode()
                    .put("category", "ROADS").put("municipality", "MIKHAILOVKA").put("departmentId", DEPARTMENT)
                    .toString());
            assertThat(placed.status()).isLessThan(300);
        }
        await().atMost(ASYNC).until(() -> new Desk(shared.gateway).inboxIds(DEPARTMENT).contains(appealId));
    }

    private static void check(Browser browser, String id) {
        WebElement box = browser.waitFor(By.id(id));
        if (!box.isSelected()) {
            // a styled control may hide the input itself: its label takes the click as a person's would
            List<WebElement> labels = browser.driver().findElements(By.cssSelector("label[for='" + id + "']"));
            if (box.isDisplayed() || labels.isEmpty()) {
                box.click();
            } else {
                labels.get(0).click();
            }
        }
        assertThat(box.isSelected()).as(id).isTrue();
    }

    private static String status(String appealId) {
        JsonNode view = shared.gateway.get("/api/v1/appeals/" + appealId, Desk.OPERATOR_KEY).body();
        return view == null ? null : view.path("status").asString();
    }

    private static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A real photo: a grey road with a dark pothole, as JPEG. */
    private static Path jpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 120, 120));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(40, 35, 30));
        g.fillOval(220, 200, 200, 110);
        g.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
