package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the gateway refuses it answers itself, as a problem detail, and no backend ever sees the request. */
class GatewayRefusalsIT extends GatewayTestBase {

    static final String OTHER_INBOX = "/api/v1/departments/volgograd-housing/appeals";

    @Test
    void requestWithoutAKeyIsUnauthorized() {
        double before = counted("none", "intake", "unauthorized");

        var response = send(request("/api/v1/appeals/" + UUID.randomUUID(), null).GET());

        assertProblem(response, 401, "X-Api-Key");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer, ApiKey");
        assertThat(nothingReachedAnyBackend()).isTrue();
        assertThat(counted("none", "intake", "unauthorized")).isEqualTo(before + 1);
    }

    @Test
    void unknownKeyIsUnauthorizedAndNotEchoed() {
        var response = send(request("/api/v1/triage", "guessed-key-123").GET());

        assertProblem(response, 401, "not valid");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey");
        assertThat(response.body()).doesNotContain("guessed-key-123");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-jwt", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "Bearer "})
    void aBearerTokenThatIsNoTokenIsUnauthorizedWithABearerChallenge(String authorization) {
        var response = send(request("/api/v1/triage", null).header("Authorization", authorization).GET());

        assertProblem(response, 401, "");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).doesNotContain("dXNlcjpwYXNz");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void aPersonsTokenWhileTheIdentityProviderIsDownIsAServiceUnavailableProblem() {
        String token = TestIdentity.sign("some-other-secret-0123456789abcdef", "cur-operator", "OPERATOR", null,
                List.of(), List.of(), true);

        var response = send(request("/api/v1/triage", null).header("Authorization", "Bearer " + token).GET());

        assertProblem(response, 503, "identity provider cannot be reached");
        assertThat(response.body()).doesNotContain(token).doesNotContain("127.0.0.1");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void aKeyAndATokenTogetherAreABadRequest() {
        var response = send(request("/api/v1/triage", ADMIN).header("Authorization", "Bearer x.y.z").GET());

        assertProblem(response, 400, "one credential");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/audit/personal-data-reads", "GET, /api/v1/webhook-secrets",
            "POST, /api/v1/webhook-secrets/VK/rotate", "GET, /api/v1/keys", "POST, /api/v1/keys"})
    void onlyAdminsReadThePersonalDataAuditOrManageSecretsAndKeys(String method, String path) {
        var operator = send(request(path, OPERATOR).method(method, BodyPublishers.ofString("{}")));
        var channel = send(request(path, VK).method(method, BodyPublishers.ofString("{}")));

        assertProblem(operator, 403, "role OPERATOR");
        assertProblem(channel, 403, "role CHANNEL");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void theAuditOfPersonalDataReadsIsOnlyRead() {
        var response = send(request("/api/v1/audit/personal-data-reads", ADMIN).DELETE());

        assertProblem(response, 403, "only read");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void departmentKeyOnAnotherDepartmentIsForbiddenAndTheBodyNamesNoDepartment() {
        double before = counted("department", "department", "forbidden");

        var read = send(request(OTHER_INBOX, ROADS_DEPT).GET());
        var write = send(request(OTHER_INBOX + "/" + UUID.randomUUID() + "/answers", ROADS_DEPT)
                .POST(BodyPublishers.ofString("{\"kind\":\"FINAL\",\"text\":\"Не наше\"}")));

        assertProblem(read, 403, "its own departments");
        assertProblem(write, 403, "its own departments");
        assertThat(read.body() + write.body()).doesNotContain("volgograd").doesNotContain("housing");
        assertThat(nothingReachedAnyBackend()).isTrue();
        assertThat(counted("department", "department", "forbidden")).isEqualTo(before + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/reviews", "/api/v1/overdue", "/api/v1/incidents"})
    void departmentAndChannelKeysMayNotUseTheOperatorDesk(String path) {
        double before = counted("department", "department", "forbidden");

        var department = send(request(path, ROADS_DEPT).GET());
        var channel = send(request(path + "/" + UUID.randomUUID(), VK).POST(BodyPublishers.ofString("{}")));

        assertProblem(department, 403, "role DEPARTMENT");
        assertProblem(channel, 403, "role CHANNEL");
        assertThat(nothingReachedAnyBackend()).isTrue();
        assertThat(counted("department", "department", "forbidden")).isEqualTo(before + 1);
    }

    @Test
    void channelKeyPostingForAnotherChannelIsForbidden() {
        var response = send(request("/api/v1/appeals", VK).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"channel\":\"TELEGRAM\",\"externalId\":\"chat-1\",\"text\":\"Мусор\"}")));

        assertProblem(response, 403, "This key posts only for channel VK.");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"channel\":\"VK\",", "[{\"channel\":\"VK\"}]", "{\"text\":\"Яма\"}",
            "{\"channel\":\"VK\",\"channel\":\"TELEGRAM\"}", ""})
    void unreadableAppealFromAChannelIsABadRequest(String body) {
        var response = send(request("/api/v1/appeals", VK).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));

        assertProblem(response, 400, "appeal");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void staffMayNotWriteToADepartment() {
        var response = send(request("/api/v1/departments/mikhailovka-roads/appeals/" + UUID.randomUUID() + "/answers",
                ADMIN).POST(BodyPublishers.ofString("{\"kind\":\"FINAL\",\"text\":\"Готово\"}")));

        assertProblem(response, 403, "only read");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void bodyDeclaredOverTheLimitIsTooLarge() {
        double before = counted("admin", "intake", "too_large");

        var response = send(request("/api/v1/appeals", ADMIN).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(oversized())));

        assertProblem(response, 413, "65536 bytes");
        // the words service-support's BodyTooLargeException / RequestBodyLimit give a service's 413
        assertThat(response.body()).contains("\"title\":\"Content Too Large\"",
                "\"detail\":\"The request body is larger than the 65536 bytes this API accepts.\"");
        assertThat(nothingReachedAnyBackend()).isTrue();
        assertThat(counted("admin", "intake", "too_large")).isEqualTo(before + 1);
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIsTooLarge() {
        byte[] body = oversized();

        var response = send(request("/api/v1/appeals", VK).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertProblem(response, 413, "65536 bytes");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/unknown", "/api/v2/appeals", "/api", "/API/v1/appeals", "/actuator/env"})
    void unknownPathIsNotFound(String path) {
        var response = send(request(path, ADMIN).GET());

        assertProblem(response, 404, "no API at this path");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/departments/mikhailovka-roads/../volgograd-housing/appeals",
            "/api/v1/departments/mikhailovka-roads/%2e%2e/volgograd-housing/appeals",
            "/api/v1/departments/mikhailovka-roads%2F..%2Fvolgograd-housing/appeals",
            "/api/v1/departments/mikhailovka-roads;a=b/../../volgograd-housing/appeals",
            "/api/v1/departments/mikhailovka-roads\\..\\volgograd-housing/appeals",
            "//api/v1/departments/volgograd-housing/appeals", "/api/v1/departments/./volgograd-housing/appeals",
            "/../api/v1/departments/volgograd-housing/appeals", "/api/v1/departments/MIKHAILOVKA-ROADS/appeals"})
    void pathTricksDoNotReachAnotherDepartment(String rawPath) {
        var response = RawHttp.send(port, "GET", rawPath, ROADS_DEPT, null);

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.raw()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/appeals/", "/api/v1/appeals;x=y", "/api/v1//appeals", "/api/v1/./appeals",
            "/api/v1/appeals/.", "/api/v1/%61ppeals", "/API/V1/APPEALS", "/api/v1/appeals%2F"})
    void pathTricksDoNotSkipTheChannelCheck(String rawPath) {
        var response = RawHttp.send(port, "POST", rawPath, VK, "{\"channel\":\"TELEGRAM\",\"text\":\"Мусор\"}");

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.body()).contains("\"detail\"");
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    private static byte[] oversized() {
        byte[] body = new byte[70_000];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] start = "{\"channel\":\"VK\",\"text\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":\"").contains(detailPart)
                .doesNotContain("Exception");
    }
}
