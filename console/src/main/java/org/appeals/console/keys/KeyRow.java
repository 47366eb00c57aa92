package org.appeals.console.keys;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A key as listed ({@code GET /api/v1/keys}, the gateway's {@code KeyViews.Listed}; empty fields are left out of
 * the JSON): never its secret, which the gateway does not keep.
 */
record KeyRow(String id, String client, String role, String scope, String created, String createdBy,
              String lastUsed, String status, String statusName, String expires, String revoked,
              String rotatedFrom, String rotatedTo) {

    static KeyRow of(JsonNode node) {
        String status = node.path("status").asString("");
        return new KeyRow(node.path("id").asString(""), node.path("client").asString(""),
                KeyWords.role(node.path("role").asString("")), scope(node), KeyWords.when(node.path("createdAt")),
                KeyWords.actor(node.path("createdBy")), KeyWords.when(node.path("lastUsedAt")), status,
                KeyWords.status(status), KeyWords.when(node.path("expiresAt")),
                KeyWords.when(node.path("revokedAt")), node.path("rotatedFrom").asString(""),
                node.path("rotatedTo").asString(""));
    }

    /** What the key may act for: its channel, its departments, or the whole region. */
    static String scope(JsonNode node) {
        if (node.path("channel").isString()) {
            return "канал " + KeyWords.channel(node.path("channel").asString());
        }
        List<String> departments = new ArrayList<>();
        node.path("departments").forEach(department -> departments.add(department.asString()));
        return departments.isEmpty() ? "весь регион" : "ведомства: " + String.join(", ", departments);
    }

    /** Only a key in use can be rotated: a rotated, expired or revoked one is refused by the gateway (409). */
    public boolean rotatable() {
        return "ACTIVE".equals(status);
    }

    /** A key that still opens the door, including an old one in its grace period. */
    public boolean revocable() {
        return "ACTIVE".equals(status) || "EXPIRING".equals(status);
    }
}
