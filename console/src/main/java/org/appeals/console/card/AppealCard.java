package org.appeals.console.card;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appeals.console.layout.Deadline;
import org.appeals.console.search.AppealStatuses;
import tools.jackson.databind.JsonNode;

/**
 * The card of one appeal as intake's view ({@code GET /api/v1/appeals/{id}}) gives it, in the words people read.
 * {@code attachments} are only the http(s) links, so nothing else becomes a link on the page.
 */
record AppealCard(String appealId, String number, String status, String statusName, String channel,
                  String externalId, String received, String text, List<String> attachments, Resident resident,
                  Routing routing, List<DeadlineLine> deadlines, List<String> missed, String incidentId,
                  List<TimelineStep> timeline, Feedback feedback) {

    /** What stands for the number of an appeal registered before registration numbers: the id's first characters. */
    static final int NUMBER_LENGTH = 8;

    static AppealCard of(JsonNode view, Instant now) {
        String appealId = view.path("appealId").asString("");
        String status = view.path("status").asString("");
        Instant receivedAt = Json.instant(view.path("receivedAt"));
        List<TimelineStep> timeline = view.path("timeline").valueStream().map(TimelineStep::of).toList();
        return new AppealCard(appealId, number(view, appealId), status, AppealStatuses.name(status), Names.channel(Json.text(view.path("channel"))),
                Json.text(view.path("externalId")), Deadline.format(receivedAt),
                view.path("text").asString(""), links(view.path("attachments")), Resident.of(view), Routing.of(view),
                DeadlineLine.of(view.path("deadlines"), status, termStart(view.path("timeline"), receivedAt), now),
                missed(view.path("overdue")), Json.text(view.path("incidentId")), timeline,
                Feedback.latest(view.path("timeline")));
    }

    /** The registration number residents are told ({@code 34-2026-004217}); older appeals have only their id. */
    static String number(JsonNode view, String appealId) {
        String number = Json.text(view.path("registrationNumber"));
        if (number != null) {
            return number;
        }
        return appealId.length() > NUMBER_LENGTH ? appealId.substring(0, NUMBER_LENGTH) : appealId;
    }

    /**
     * When the department's current term began: its latest placement or reopening (deadlines restart then), else
     * the registration. Only colours the badge (amber under a quarter of the term left).
     */
    static Instant termStart(JsonNode timeline, Instant receivedAt) {
        Instant start = receivedAt;
        for (JsonNode entry : timeline) {
            boolean starts = "ASSIGNED".equals(entry.path("type").asString(""))
                    || "REOPENED".equals(entry.path("state").asString(""));
            Instant at = Json.instant(entry.path("occurredAt"));
            if (starts && at != null && (start == null || at.isAfter(start))) {
                start = at;
            }
        }
        return start;
    }

    /** The missed deadlines the platform flagged ({@code overdue[]}), one sentence each. */
    static List<String> missed(JsonNode overdue) {
        List<String> lines = new ArrayList<>();
        for (JsonNode flag : overdue) {
            lines.add("Нарушен " + Names.deadline(Json.text(flag.path("deadline"))) + ": был до "
                    + Deadline.format(Json.instant(flag.path("dueAt"))) + ", отмечено "
                    + Deadline.format(Json.instant(flag.path("flaggedAt"))));
        }
        return lines;
    }

    private static List<String> links(JsonNode attachments) {
        List<String> links = new ArrayList<>();
        for (JsonNode attachment : attachments) {
            String link = attachment.asString("");
            if (link.startsWith("https://") || link.startsWith("http://")) {
                links.add(link);
            }
        }
        return links;
    }
}
