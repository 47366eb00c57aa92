package org.appeals.console.search;

import org.appeals.console.layout.CodeNames;

import org.appeals.console.platform.Json;

import java.time.Instant;
import org.appeals.console.layout.Deadline;
import org.appeals.console.layout.Me;
import tools.jackson.databind.JsonNode;

/**
 * One row of the results as intake's list gives it ({@code items[]} of {@code GET /api/v1/appeals}), in words, with
 * the deadline as a badge and the link the person may follow: the operator's card, or the department's own inbox.
 */
record FoundAppeal(String appealId, String number, String received, String status, String statusName,
                   String channel, String category, String municipality, String department, String excerpt,
                   Deadline deadline, String link) {

    static FoundAppeal of(JsonNode item, Instant now, Me me) {
        String appealId = item.path("appealId").asString("");
        String departmentId = Json.text(item.path("department").path("id"));
        Instant receivedAt = Json.instant(item.path("receivedAt"));
        String status = item.path("status").asString("");
        return new FoundAppeal(appealId, number(item, appealId), Deadline.format(receivedAt), status,
                AppealStatuses.name(status), channelName(Json.text(item.path("channel"))),
                orEmpty(Json.text(item.path("category").path("title"))),
                orEmpty(Json.text(item.path("municipality").path("name"))),
                departmentName(item.path("department")), item.path("excerpt").asString(""),
                deadline(receivedAt, Json.instant(item.path("dueAt")), item.path("overdue").asBoolean(false),
                        now),
                link(me, appealId, departmentId));
    }

    /** Intake's badge, but red whenever intake says a deadline of this round was missed. */
    static Deadline deadline(Instant receivedAt, Instant dueAt, boolean overdue, Instant now) {
        Deadline deadline = Deadline.of(receivedAt, dueAt, now);
        if (!overdue || deadline != null && "red".equals(deadline.tone())) {
            return deadline;
        }
        String title = dueAt == null ? "Срок нарушен" : deadline.title();
        return new Deadline("red", "срок нарушен", title, deadline == null ? null : deadline.left());
    }

    /** Department staff open the appeal in their inbox (the department's own view); the centres open the card. */
    static String link(Me me, String appealId, String departmentId) {
        if (me != null && me.isDepartment()) {
            boolean theirs = departmentId != null && me.departments().contains(departmentId);
            String department = theirs ? departmentId : me.firstDepartment();
            return "/inbox/" + department + "/appeals/" + appealId;
        }
        return "/appeals/" + appealId;
    }

    private static String number(JsonNode item, String appealId) {
        String number = Json.text(item.path("number"));
        if (number != null) {
            return number;
        }
        return appealId.length() >= 8 ? appealId.substring(0, 8) : appealId;
    }

    private static String departmentName(JsonNode department) {
        String name = Json.text(department.path("name"));
        return name != null ? name : orEmpty(Json.text(department.path("id")));
    }

    private static String channelName(String code) {
        return CodeNames.channel(code).orElse(orEmpty(code));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
