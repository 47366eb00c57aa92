package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/me}: the gateway says who it takes the caller to be, and asks no backend. */
class MeIT extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDepartmentKeyLearnsItsRoleAndDepartments() {
        var response = send(request("/api/v1/me", ROADS_DEPT).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.path("name").asString()).isEqualTo("demo-department-mikhailovka-roads");
        assertThat(me.path("kind").asString()).isEqualTo("MACHINE");
        assertThat(me.path("role").asString()).isEqualTo("DEPARTMENT");
        assertThat(me.path("regionWide").asBoolean()).isFalse();
        assertThat(strings(me.path("departments"))).containsExactly("mikhailovka-roads");
        assertThat(strings(me.path("municipalities"))).isEmpty();
        assertThat(me.path("channel").isString()).as("no channel").isFalse();
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    @Test
    void aChannelKeyLearnsItsChannelAndTheRegionalOperatorItsRegion() {
        JsonNode channel = JSON.readTree(send(request("/api/v1/me", VK).GET()).body());
        JsonNode operator = JSON.readTree(send(request("/api/v1/me", OPERATOR).GET()).body());

        assertThat(channel.path("role").asString()).isEqualTo("CHANNEL");
        assertThat(channel.path("channel").asString()).isEqualTo("VK");
        assertThat(channel.path("name").asString()).isEqualTo("vk-adapter");
        assertThat(operator.path("role").asString()).isEqualTo("OPERATOR");
        assertThat(operator.path("regionWide").asBoolean()).isTrue();
        assertThat(strings(operator.path("departments"))).isEmpty();
    }

    @Test
    void nobodyIsUnauthorizedAndTheAnswerIsOnlyRead() {
        var anonymous = send(request("/api/v1/me", null).GET());
        var posted = send(request("/api/v1/me", ADMIN).POST(BodyPublishers.ofString("{}")));
        var below = send(request("/api/v1/me/roles", ADMIN).GET());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer, ApiKey");
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(below.statusCode()).isEqualTo(404);
        assertThat(nothingReachedAnyBackend()).isTrue();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
