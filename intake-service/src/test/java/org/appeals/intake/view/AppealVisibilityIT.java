package org.appeals.intake.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppealVisibilityIT extends EmbeddedIntakeTest {

    private String appealId;

    @BeforeEach
    void registerATelegramAppeal() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("TELEGRAM", unique("chat-77"))),
                "CHANNEL", "TELEGRAM");
        appealId = Samples.read(response.body()).get("appealId").asString();
    }

    @Test
    void theOwningChannelSeesItsAppealWithoutTheAuthorsNameOrContact() {
        var response = client().appeal(appealId, "CHANNEL", "TELEGRAM");

        assertThat(response.statusCode()).isEqualTo(200);
        var view = Samples.read(response.body());
        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("text").asString()).contains("контейнеры");
        assertThat(view.get("author").get("id").asString()).isEqualTo("tg-501");
        assertThat(response.body()).doesNotContain("Пётр Иванов", "+79001112233");
    }

    @Test
    void staffSeeTheAuthor() {
        var response = client().appeal(appealId, "OPERATOR", null);

        assertThat(Samples.read(response.body()).get("author").get("contact").asString()).isEqualTo("+79001112233");
    }

    @Test
    void anotherChannelsAppealIsNotFoundExactlyLikeAMissingOne() {
        var others = client().appeal(appealId, "CHANNEL", "VK");
        var missing = client().appeal(UUID.randomUUID().toString(), "CHANNEL", "VK");

        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(others.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(withoutInstance(others.body())).isEqualTo(withoutInstance(missing.body()));
    }

    @Test
    void aMalformedIdIsAnsweredAsAnUnknownOneAndADepartmentMayNotLook() {
        assertThat(client().appeal("not-an-id", "OPERATOR", null).statusCode()).isEqualTo(404);
        assertThat(client().appeal("1-2-3-4-5", "OPERATOR", null).statusCode()).isEqualTo(404);
        assertThat(client().appeal(appealId, "DEPARTMENT", "kamyshin-waste").statusCode()).isEqualTo(403);
    }

    private static String withoutInstance(String problem) {
        var node = (tools.jackson.databind.node.ObjectNode) Samples.read(problem);
        node.remove("instance");
        return node.toString();
    }
}
