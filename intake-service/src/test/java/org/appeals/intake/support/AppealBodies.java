package org.appeals.intake.support;

import tools.jackson.databind.node.ObjectNode;

/** Bodies a channel adapter posts: a complete one to start from, which a test may then spoil. */
public final class AppealBodies {

    private AppealBodies() {
    }

    public static ObjectNode complete(String channel, String externalId) {
        ObjectNode body = Samples.JSON.createObjectNode();
        body.put("channel", channel);
        body.put("externalId", externalId);
        body.put("text", "Добрый день. Камышин, 5 микрорайон, контейнеры не вывозят больше недели");
        body.putObject("author").put("id", "tg-501").put("name", "Пётр Иванов").put("contact", "+79001112233");
        body.putObject("replyTo").put("chatId", "77").put("messageId", "5001");
        body.putObject("location").put("address", "Камышин, 5 микрорайон").put("lat", 50.08).put("lon", 45.40);
        body.putArray("attachments").add("https://example.org/photo/2.jpg");
        body.put("receivedAt", "2026-11-20T08:15:29Z");
        return body;
    }

    public static String json(ObjectNode body) {
        return Samples.JSON.writeValueAsString(body);
    }
}
