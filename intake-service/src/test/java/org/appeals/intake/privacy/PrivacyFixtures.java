package org.appeals.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.IntakeClient;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Appeals of residents with names and contacts, registered over HTTP and moved along by other services' events. */
final class PrivacyFixtures {

    static final String NAME = "Пётр Иванов";

    private final IntakeClient client;
    private final RawKafka kafka;

    PrivacyFixtures(IntakeClient client, RawKafka kafka) {
        this.client = client;
        this.kafka = kafka;
    }

    /** A VK appeal by {@code authorId} with {@code contact}, written at {@code receivedAt}; answers its id. */
    UUID register(String authorId, String contact, Instant receivedAt) {
        ObjectNode body = AppealBodies.complete("VK", "wall-" + UUID.randomUUID());
        body.put("text", "Добрый день, я " + NAME + ". Во дворе дома 5 яма, звоните: " + contact);
        body.putObject("author").put("id", authorId).put("name", NAME).put("contact", contact);
        body.put("receivedAt", receivedAt.toString());
        var response = client.post(AppealBodies.json(body), "CHANNEL", "VK");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return UUID.fromString(Samples.read(response.body()).get("appealId").asString());
    }

    /** Routed, answered by name, and closed at {@code closedAt}. */
    void answerAndClose(UUID appealId, Instant closedAt) {
        send(Events.assigned(appealId, closedAt.minusSeconds(86_400)));
        send(new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId,
                closedAt.minusSeconds(3600), UUID.randomUUID(), "mikhailovka-roads", Events.ROADS_DEPARTMENT,
                AnswerKind.FINAL, "Уважаемый " + NAME + "! Яма заделана.", null));
        send(Events.moved(appealId, WorkflowState.NOTIFIED, WorkflowState.CLOSED, WorkflowStep.CLOSE, closedAt));
        awaitStatus(appealId, "CLOSED");
    }

    /** Routed and still with the department. */
    void assign(UUID appealId, Instant at) {
        send(Events.assigned(appealId, at));
        awaitStatus(appealId, "ASSIGNED");
    }

    JsonNode view(UUID appealId) {
        var response = client.appeal(appealId.toString(), "OPERATOR", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Samples.read(response.body());
    }

    private void awaitStatus(UUID appealId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> view(appealId).get("status").asString().equals(status));
    }

    private void send(AppealEvent event) {
        String topic = event instanceof AppealAnswered ? Topics.APPEALS_ANSWERED
                : event instanceof org.appeals.contracts.AppealAssigned ? Topics.APPEALS_ASSIGNED
                : Topics.APPEALS_WORKFLOW;
        kafka.send(topic, event.appealId().toString(), Samples.JSON.writeValueAsString(event));
    }
}
