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

    /** A resident's reply, relayed by the channel, to the department's question about {@code appealId}. */
    public static ObjectNode reply(String channel, String externalId, String appealId) {
        ObjectNode body = Samples.JSON.createObjectNode();
        body.put("channel", channel);
        body.put("externalId", externalId);
        body.put("inReplyTo", appealId);
        body.put("text", "Подъезд 2, у дома 5 со стороны двора");
        return body;
    }

    public static ObjectNode feedback(int rating, boolean solved) {
        ObjectNode body = Samples.JSON.createObjectNode();
        body.put("rating", rating);
        body.put("solved", solved);
        body.put("text", "Яму засыпали щебнем, через день снова провал");
        return body;
    }

    public static String json(ObjectNode body) {
        return Samples.JSON.writeValueAsString(body);
    }
}
