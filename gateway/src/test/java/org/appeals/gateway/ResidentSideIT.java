package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The residents' side needs no account: resident-web's pages with the browser's Host and address, and intake's
 * public API with nothing of a credential, while everything else still wants a key or token.
 */
class ResidentSideIT extends GatewayTestBase {

    static final String BOUNDARY = "----appeal-form-7d1e";

    @ParameterizedTest
    @ValueSource(strings = {"/form", "/form/municipalities", "/appeal/34-2026-004217?code=7KQ2M9XD",
            "/feedback/34-2026-004217?code=7KQ2M9XD", "/photos/6752f1a09c3b4e0012ab34cd",
            "/public-assets/webjars/leaflet/1.9.4/dist/leaflet.css", "/public-assets/form.js"})
    void theResidentsPagesReachResidentWebWithoutACredentialAtTheSamePath(String pathAndQuery) {
        residentWeb.answer(200, "text/html;charset=UTF-8", "<h1>Обращение</h1>");

        var response = send(request(pathAndQuery, null).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<h1>Обращение</h1>");
        var received = residentWeb.only();
        String query = received.query() == null ? "" : "?" + received.query();
        assertThat(received.path() + query).isEqualTo(pathAndQuery);
        assertThat(List.of(intake, notification, departments, routing, console)).allMatch(b -> b.received().isEmpty());
    }

    @Test
    void aPageCarriesTheClientsHostAndSocketAddressButNoCredentialOrMadeUpIdentity() {
        var response = send(request("/appeal/34-2026-004217?code=7KQ2M9XD", null)
                .header("Cookie", "lang=ru").header("X-Forwarded-For", "203.0.113.7")
                .header("Authorization", "Bearer abc").header("X-Appeals-Identity", TestIdentity.admin("forger"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = residentWeb.only();
        assertThat(received.header("Host")).containsExactly("localhost:" + port);
        assertThat(received.header("X-Forwarded-For")).as("the socket's address, not the client's word")
                .containsExactly("127.0.0.1");
        assertThat(received.header("Cookie")).containsExactly("lang=ru");
        assertThat(received.header("Authorization")).isEmpty();
        assertThat(received.identity().getSubject()).isEqualTo("anonymous");
        assertThat(received.identity().hasClaim("role")).isFalse();
    }

    @Test
    void thePublicApiReachesIntakeAnonymouslyWithNothingOfACredential() {
        String feedback = "{\"code\":\"7KQ2M9XD\",\"answerId\":\"a-1\",\"rating\":2,\"solved\":false,\"comment\":\"Яма\"}";

        var status = send(request("/api/v1/public/appeals/34-2026-004217?code=7KQ2M9XD", null)
                .header("X-Appeals-Identity", TestIdentity.admin("forger")).GET());
        var rated = send(request("/api/v1/public/appeals/34-2026-004217/feedback", null)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(feedback)));

        assertThat(status.statusCode()).isEqualTo(202);
        assertThat(rated.statusCode()).isEqualTo(202);
        var received = intake.received();
        assertThat(received).extracting(RecordingBackend.Received::path).containsExactly(
                "/api/v1/public/appeals/34-2026-004217", "/api/v1/public/appeals/34-2026-004217/feedback");
        assertThat(received.get(0).query()).isEqualTo("code=7KQ2M9XD");
        assertThat(received.get(1).bodyText()).isEqualTo(feedback);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.identity().getSubject()).isEqualTo("anonymous");
            assertThat(r.identity().hasClaim("role")).isFalse();
            assertThat(r.header("X-Api-Key")).isEmpty();
            assertThat(r.header("Authorization")).isEmpty();
            assertThat(r.header("X-Forwarded-For")).containsExactly("127.0.0.1");
        });
    }

    @Test
    void aCallerWithAKeyUsesThePublicApiAsItselfAndItsKeyStaysHere() {
        var response = send(request("/api/v1/public/appeals/34-2026-004217?code=7KQ2M9XD", "demo-channel-web").GET());

        assertThat(response.statusCode()).isEqualTo(202);
        var received = intake.only();
        assertThat(received.identity().getClaimAsString("role")).isEqualTo("CHANNEL");
        assertThat(received.identity().getClaimAsString("channel")).isEqualTo("WEB");
        assertThat(received.header("X-Api-Key")).isEmpty();
    }

    @Test
    void aFormWithATwentyMegabytePhotoReachesResidentWebWhole() {
        byte[] form = multipartForm(20 * 1024 * 1024);

        var response = send(request("/form", null)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(form)));

        assertThat(response.statusCode()).isEqualTo(202);
        var received = residentWeb.only();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("Content-Type")).containsExactly("multipart/form-data; boundary=" + BOUNDARY);
        assertThat(Arrays.equals(received.body(), form)).as("the body byte for byte").isTrue();
    }

    /**
     * Only the head is sent: the gateway refuses by the declared length before reading a byte, and a client still
     * writing 40 MB would see the connection cut rather than the answer (Tomcat drains at most 2 MB of a refused body).
     */
    @Test
    void aFormOfFortyMegabytesIsRefusedAtTheGatewayByItsDeclaredLength() {
        var response = RawHttp.sendFrom("127.0.0.1", port, "POST", "/form",
                Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY,
                        "Content-Length", Integer.toString(40 * 1024 * 1024)), null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feedback/34-2026-004217", "/form/photos", "/api/v1/public/appeals/34-2026-004217/feedback"})
    void everyOtherResidentsPathKeepsTheUsualBodyLimit(String path) {
        var response = send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("comment=" + "a".repeat(70_000))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/appeals/34-2026-004217", "/api/v1/appeals/34-2026-004217/timeline",
            "/api/v1/public", "/api/v1/appeals"})
    void everythingElseStillWantsAKeyOrToken(String path) {
        var response = send(request(path, null).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer, ApiKey");
        assertThat(nothingReachedAnyBackend()).as("not even a lookup of the number").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/form/", "/appeal/../api/v1/keys", "/photos/%2e%2e/x", "/public-assets//x",
            "/feedback/34-2026-004217;jsessionid=1"})
    void pathTricksOnTheResidentsSideAreRefusedBeforeResidentWebSeesThem(String path) {
        var response = RawHttp.send(port, "GET", path, null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    /** A multipart form with a text field and one "photo" of the given size, as a browser sends the web form. */
    static byte[] multipartForm(int photoBytes) {
        ByteArrayOutputStream form = new ByteArrayOutputStream(photoBytes + 1024);
        form.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "Яма на улице Мира\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photos\"; "
                + "filename=\"yama.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] photo = new byte[photoBytes];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31);
        }
        form.writeBytes(photo);
        form.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return form.toByteArray();
    }
}
