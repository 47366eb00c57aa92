package org.appeals.console.keys;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** One entry of the key audit ({@code GET /api/v1/keys/audit}): when, what, which key, whose, by whom. */
record KeyActionRow(String at, String action, String keyId, String client, String actor, String detail) {

    static KeyActionRow of(JsonNode node) {
        return new KeyActionRow(KeyWords.when(node.path("at")), KeyWords.action(node.path("action").asString("")),
                node.path("keyId").asString(""), node.path("client").asString(""),
                KeyWords.actor(node.path("actor")), detail(node.path("detail").asString("")));
    }

    private static final Pattern ROLE = Pattern.compile("role (\\w+)");
    private static final Pattern ROTATION = Pattern.compile("new key (\\S+), old key valid (\\d+) h");

    /** The gateway's detail ("role CHANNEL", "new key …, old key valid 24 h") in words; others as written. */
    static String detail(String detail) {
        Matcher role = ROLE.matcher(detail);
        if (role.matches()) {
            return "роль: " + KeyWords.role(role.group(1));
        }
        Matcher rotation = ROTATION.matcher(detail);
        if (rotation.matches()) {
            return "новый ключ " + rotation.group(1) + ", старый действует ещё " + rotation.group(2) + " ч";
        }
        return detail;
    }
}
