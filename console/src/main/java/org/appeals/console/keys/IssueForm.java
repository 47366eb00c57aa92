package org.appeals.console.keys;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form for a new key. {@link #body()} is what {@code POST /api/v1/keys} takes (the gateway's
 * {@code KeyRequests.Issue}): the channel only for a CHANNEL key, the departments only for a DEPARTMENT key, so a
 * channel left selected before the role was changed does not get the request refused.
 */
record IssueForm(String client, String role, String channel, String departments) {

    static IssueForm empty() {
        return new IssueForm("", "CHANNEL", "", "");
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client", client == null ? "" : client.strip());
        body.put("role", role);
        if ("CHANNEL".equals(role)) {
            body.put("channel", channel);
        }
        if ("DEPARTMENT".equals(role)) {
            body.put("departments", departmentIds());
        }
        return body;
    }

    /** The department ids as typed: separated by commas, semicolons or spaces, each once. */
    List<String> departmentIds() {
        if (departments == null) {
            return List.of();
        }
        return Arrays.stream(departments.split("[,;\\s]+")).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** What the form lacks, by control, in Russian: checked here so an empty field never reaches the gateway. */
    Map<String, String> missing() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (client == null || client.isBlank()) {
            errors.put("key-client", "Укажите владельца ключа (латиница, цифры, «.», «_», «-»).");
        }
        if (role == null || role.isBlank()) {
            errors.put("key-role", "Выберите роль ключа.");
        }
        if ("CHANNEL".equals(role) && (channel == null || channel.isBlank())) {
            errors.put("key-channel", "Ключу канала нужен канал.");
        }
        if ("DEPARTMENT".equals(role) && departmentIds().isEmpty()) {
            errors.put("key-departments", "Ключу ведомства нужен хотя бы один код ведомства.");
        }
        return errors;
    }
}
