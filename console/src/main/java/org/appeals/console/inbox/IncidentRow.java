package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import java.util.List;
import org.appeals.console.layout.Deadline;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import tools.jackson.databind.JsonNode;

/** One incident of the department (department-service {@code IncidentView}): many residents, one problem. */
record IncidentRow(String incidentId, String category, String municipality, String opened, String lastReport,
                   List<Member> members) {

    /** An appeal of the incident, the earliest first. */
    record Member(String appealId, String received) {
    }

    static List<IncidentRow> of(JsonNode page) {
        return Json.items(page, "items").stream().map(IncidentRow::row).toList();
    }

    static IncidentRow row(JsonNode incident) {
        List<Member> members = Json.items(incident, "members").stream()
                .map(m -> new Member(Json.text(m, "appealId"), Deadline.format(Json.instant(m, "receivedAt"))))
                .toList();
        return new IncidentRow(Json.text(incident, "incidentId"), category(Json.text(incident, "category")),
                municipality(Json.text(incident, "municipality")), Deadline.format(Json.instant(incident, "openedAt")),
                Deadline.format(Json.instant(incident, "lastReportAt")), members);
    }

    /** The control its answer form reports errors under. */
    public String control() {
        return "incident-" + incidentId;
    }

    private static String category(String code) {
        try {
            return code == null ? null : Category.valueOf(code).displayName();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static String municipality(String code) {
        try {
            return code == null ? null : Municipality.valueOf(code).displayName();
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }
}
