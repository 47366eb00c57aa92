package org.appeals.resident;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.appeals.support.testing.GatewayStub;
import org.appeals.resident.testing.Multipart;
import org.appeals.resident.testing.TestImages;
import org.bson.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormIT extends ResidentWebITBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoDatabase database;

    private static Multipart filled(String token) {
        return new Multipart().field("submissionId", token)
                .field("text", "Во дворе дома яма, машины бьют колёса.")
                .field("category", "ROADS").field("municipality", "VOLGOGRAD").field("address", "ул. Мира, 12")
                .field("lat", "48.708").field("lon", "44.513").field("email", "resident@example.ru")
                .field("phone", "").field("name", "Анна").field("consent", "yes").field("website", "");
    }

    private List<GatewayStub.Request> postsOf(String token) {
        return gateway.requests("POST", "/api/v1/appeals").stream()
                .filter(request -> request.body().contains(token)).toList();
    }

    @Test
    void registersAnAppealWhosePhotoIsServedWithoutItsExifPosition() {
        String token = UUID.randomUUID().toString();
        Multipart form = filled(token).file("photos", "IMG_0001.jpg", "image/jpeg",
                TestImages.jpegWithExifGps(64, 48, 1));

        HttpResponse<String> response = post("/form", form, "203.0.113.10");

        assertThat(response.statusCode()).isEqualTo(200);
        var page = page(response);
        assertThat(page.getElementById("registration-number").text()).startsWith("34-2026-");
        assertThat(page.getElementById("access-code").text()).isEqualTo("7K3M9QXA");
        assertThat(page.getElementById("status-link").attr("href"))
                .isEqualTo("/appeal/" + page.getElementById("registration-number").text() + "?code=7K3M9QXA");

        GatewayStub.Request sent = postsOf(token).get(0);
        assertThat(sent.header("X-Api-Key")).isEqualTo(API_KEY);
        assertThat(sent.header("X-Forwarded-For")).isEqualTo("203.0.113.10");
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.path("channel").asString()).isEqualTo("WEB");
        assertThat(body.path("externalId").asString()).isEqualTo(token);
        assertThat(body.path("categoryHint").asString()).isEqualTo("ROADS");
        assertThat(body.path("replyTo").path("email").asString()).isEqualTo("resident@example.ru");
        assertThat(body.path("author").path("name").asString()).isEqualTo("Анна");
        assertThat(body.path("location").path("address").asString()).isEqualTo("Волгоград, ул. Мира, 12");
        assertThat(body.path("location").path("lat").asDouble()).isEqualTo(48.708);
        String link = body.path("attachments").get(0).asString();
        assertThat(link).matches("http://localhost:8080/photos/[0-9a-f]{24}");

        HttpResponse<byte[]> photo = getBytes(link.substring("http://localhost:8080".length()));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
        assertThat(TestImages.hasApp1(photo.body())).isFalse();
        assertThat(TestImages.contains(photo.body(), "Exif".getBytes())).isFalse();

        Document consent = database.getCollection("consents").find(new Document("_id", token)).first();
        assertThat(consent.getString("textVersion")).isEqualTo("2026-12-01");
        assertThat(consent.getDate("consentedAt")).isNotNull();
        assertThat(consent.getString("registrationNumber")).isEqualTo(page.getElementById("registration-number").text());
    }

    @Test
    void anUnknownPhotoIsNotFound() {
        assertThat(getBytes("/photos/0123456789abcdef01234567").statusCode()).isEqualTo(404);
        assertThat(getBytes("/photos/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesATwentyMegabytePhotoWithARussianPageNamingTheFile() {
        String token = UUID.randomUUID().toString();
        byte[] big = new byte[20 * 1024 * 1024];
        System.arraycopy(TestImages.jpeg(16, 16), 0, big, 0, 100);

        HttpResponse<String> response = post("/form", filled(token).file("photos", "big.jpg", "image/jpeg", big),
                "203.0.113.11");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var page = page(response);
        assertThat(page.getElementById("error-photos").text()).contains("«big.jpg»", "слишком большой", "5 МБ");
        assertThat(page.getElementById("text").text()).isEqualTo("Во дворе дома яма, машины бьют колёса.");
        assertThat(postsOf(token)).isEmpty();
    }

    @Test
    void refusesAnExecutableRenamedToJpgNamingTheFile() {
        String token = UUID.randomUUID().toString();
        byte[] exe = new byte[8192];
        exe[0] = 'M';
        exe[1] = 'Z';
        Arrays.fill(exe, 2, 200, (byte) 0x90);

        HttpResponse<String> response = post("/form", filled(token).file("photos", "setup.jpg", "image/jpeg", exe),
                "203.0.113.12");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page(response).getElementById("error-photos").text())
                .contains("«setup.jpg»", "не является фотографией в формате JPEG или PNG");
        assertThat(postsOf(token)).isEmpty();
    }

    @Test
    void aPostOverTheMultipartLimitGetsTheFormBackWithARussianMessage() {
        byte[] huge = new byte[26 * 1024 * 1024];

        HttpResponse<String> response = post("/form", filled(UUID.randomUUID().toString())
                .file("photos", "huge.jpg", "image/jpeg", huge), "203.0.113.13");

        assertThat(response.statusCode()).isEqualTo(413);
        var page = page(response);
        assertThat(page.getElementById("error-form").text()).contains("Файлы слишком большие");
        assertThat(page.getElementById("appeal-form")).isNotNull();
    }

    @Test
    void theHoneypotShowsSuccessAndSendsNothing() {
        String token = UUID.randomUUID().toString();

        HttpResponse<String> response = post("/form", filled(token).field("website", "http://spam.example"),
                "203.0.113.14");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page(response).select("h1").text()).isEqualTo("Обращение отправлено");
        assertThat(page(response).getElementById("registration-number")).isNull();
        assertThat(postsOf(token)).isEmpty();
    }

    @Test
    void limitsSubmissionsPerClientAddressButNotTheSameFormSentTwice() {
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(200));
        String first = UUID.randomUUID().toString();
        assertThat(post("/form", filled(first), address).statusCode()).isEqualTo(200);
        assertThat(post("/form", filled(first), address).statusCode()).isEqualTo(200);
        assertThat(post("/form", filled(UUID.randomUUID().toString()), address).statusCode()).isEqualTo(200);
        assertThat(post("/form", filled(UUID.randomUUID().toString()), address).statusCode()).isEqualTo(200);

        String fourth = UUID.randomUUID().toString();
        HttpResponse<String> refused = post("/form", filled(fourth), address);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(page(refused).getElementById("error-form").text())
                .contains("слишком много обращений", "Попробуйте через 60 минут");
        assertThat(postsOf(fourth)).isEmpty();
        assertThat(postsOf(first)).hasSize(2).extracting(GatewayStub.Request::body)
                .allSatisfy(body -> assertThat(body).contains("\"externalId\":\"" + first + "\""));
        assertThat(post("/form", filled(UUID.randomUUID().toString()), "192.0.2.77").statusCode()).isEqualTo(200);
    }

    @Test
    void anApiRefusalShowsRussianMessagesBesideTheFieldsAndKeepsThePhotos() {
        gateway.answer("POST", "/api/v1/appeals", request -> new GatewayStub.Answer(400, "application/problem+json",
                "{\"status\":400,\"detail\":\"Invalid appeal\",\"errors\":[{\"field\":\"replyTo.email\","
                        + "\"message\":\"must be at most 500 characters\"}]}", null));
        try {
            HttpResponse<String> response = post("/form", filled(UUID.randomUUID().toString())
                    .file("photos", "yard.png", "image/png", TestImages.png(20, 20)), "203.0.113.15");

            assertThat(response.statusCode()).isEqualTo(400);
            var page = page(response);
            assertThat(page.getElementById("error-email").text()).startsWith("E-mail не принят");
            Element kept = page.selectFirst("input[name=storedPhotos]");
            assertThat(kept.val()).matches("[0-9a-f]{24}");
            assertThat(getBytes("/photos/" + kept.val()).headers().firstValue("Content-Type")).contains("image/png");
        } finally {
            gateway.standardAnswer("POST", "/api/v1/appeals");
        }
    }

    @Test
    void theGatewayAwayKeepsWhatWasTypedAndSaysToTryAgain() {
        gateway.answer("POST", "/api/v1/appeals", request -> GatewayStub.Answer.problem(503, "Intake is away."));
        try {
            HttpResponse<String> response = post("/form", filled(UUID.randomUUID().toString()), "203.0.113.16");

            assertThat(response.statusCode()).isEqualTo(503);
            var page = page(response);
            assertThat(page.getElementById("error-form").text()).contains("временно недоступен");
            assertThat(page.getElementById("address").val()).isEqualTo("ул. Мира, 12");
        } finally {
            gateway.standardAnswer("POST", "/api/v1/appeals");
        }
    }
}
