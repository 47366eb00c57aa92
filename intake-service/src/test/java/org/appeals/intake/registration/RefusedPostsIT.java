package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class RefusedPostsIT extends EmbeddedIntakeTest {

    static Stream<Arguments> badBodies() {
        ObjectNode noText = body();
        noText.remove("text");
        ObjectNode unknownChannel = body().put("channel", "FAX");
        ObjectNode latTooBig = body();
        ((ObjectNode) latTooBig.get("location")).put("lat", 91.5);
        ObjectNode latNotANumber = body();
        ((ObjectNode) latNotANumber.get("location")).put("lat", "north");
        ObjectNode farFuture = body().put("receivedAt", "+1000000000-12-31T23:59:59Z");
        ObjectNode latNaN = body();
        ((ObjectNode) latNaN.get("location")).put("lat", "NaN");
        // as JSON escapes it: a raw lone surrogate would not survive the test client's own UTF-8 encoding
        String loneSurrogate = AppealBodies.json(body().put("text", "Яма LONE")).replace("LONE", "\\ud83d");
        ObjectNode scriptLink = body();
        scriptLink.putArray("attachments").add("javascript:alert(1)");
        return Stream.of(
                Arguments.of("missing text", AppealBodies.json(noText), "text"),
                Arguments.of("unknown channel", AppealBodies.json(unknownChannel), "channel"),
                Arguments.of("latitude beyond the pole", AppealBodies.json(latTooBig), "location.lat"),
                Arguments.of("latitude not a number", AppealBodies.json(latNotANumber), "location.lat"),
                Arguments.of("received in the year 1 000 000 000", AppealBodies.json(farFuture),
                        "receivedAt must be between"),
                Arguments.of("latitude NaN", AppealBodies.json(latNaN), "location.lat must be between"),
                Arguments.of("text with a lone surrogate", loneSurrogate, "text must be well-formed"),
                Arguments.of("attachment not a web link", AppealBodies.json(scriptLink), "attachments[0]"),
                Arguments.of("malformed JSON", "{\"channel\": \"VK\", \"text\": ", "JSON"),
                Arguments.of("not an object", "[1, 2]", "JSON"),
                Arguments.of("empty body", "", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsABadRequestNamingTheOffendingField(String why, String body, String named) {
        HttpResponse<String> response = client().post(body, "CHANNEL", "VK");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Samples.read(response.body()).get("detail").asString()).contains(named);
    }

    @Test
    void theProblemListsEveryBadFieldUnderErrors() {
        ObjectNode bad = body().put("channel", "FAX").put("text", " ");

        var problem = Samples.read(client().post(AppealBodies.json(bad), "CHANNEL", "VK").body());

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("channel", "text");
    }

    @Test
    void aChannelKeyPostingForAnotherChannelIsForbidden() {
        var response = client().post(AppealBodies.json(body().put("channel", "TELEGRAM")), "CHANNEL", "VK");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void onlyChannelsAndAdminsMayPost() {
        assertThat(client().post(AppealBodies.json(body()), "OPERATOR", null).statusCode()).isEqualTo(403);
        assertThat(client().post(AppealBodies.json(body()), "DEPARTMENT", "mikhailovka-roads").statusCode())
                .isEqualTo(403);
        assertThat(client().post(AppealBodies.json(body()), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherItsLengthIsDeclaredOrNot() throws Exception {
        String huge = AppealBodies.json(body().put("text", "я".repeat(200_000)));

        var declared = client().post(huge, "CHANNEL", "VK");
        var streamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/appeals"))
                .header("Content-Type", "application/json")
                .header(ForwardedIdentity.HEADER, TestIdentity.channel("test", "VK"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(Samples.read(streamed.body()).get("detail").asString()).contains("bytes");
    }

    private static ObjectNode body() {
        return AppealBodies.complete("VK", unique("wall-bad"));
    }
}
