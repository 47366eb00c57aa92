package org.appeals.console.incidents;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.console.layout.Deadline;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import tools.jackson.databind.JsonNode;

/**
 * An incident as department-service shows it ({@code GET /api/v1/incidents[/{id}]}): its department, category,
 * municipality and member appeals, the earliest first.
 */
record IncidentView(UUID incidentId, String departmentId, String departmentName, String category,
                    String municipality, Instant openedAt, Instant lastReportAt, List<Member> members) {

    /** Largest first; of equal size, the one with the latest report first. */
    static final Comparator<IncidentView> LARGEST_FIRST = Comparator.comparingInt((IncidentView i) -> i.size())
            .reversed().thenComparing(IncidentView::lastReportAt, Comparator.nullsLast(Comparator.reverseOrder()));

    /** One appeal of the incident and when it came. */
    record Member(UUID appealId, Instant receivedAt) {

        public String received() {
            return Deadline.format(receivedAt);
        }
    }

    /** {@code names}: department id → name from routing's directory (the incident carries the id only). */
    static IncidentView of(JsonNode incident, Map<String, String> names) {
        List<Member> members = new ArrayList<>();
        incident.path("members").forEach(m -> members.add(new Member(UUID.fromString(m.path("appealId").asString()),
                Json.instant(m, "receivedAt"))));
        String departmentId = Json.text(incident, "departmentId");
        return new IncidentView(UUID.fromString(incident.path("incidentId").asString()), departmentId,
                names.getOrDefault(departmentId, departmentId), categoryName(Json.text(incident, "category")),
                municipalityName(Json.text(incident, "municipality")), Json.instant(incident, "openedAt"),
                Json.instant(incident, "lastReportAt"), List.copyOf(members));
    }

    public int size() {
        return members.size();
    }

    public String opened() {
        return Deadline.format(openedAt);
    }

    public String lastReport() {
        return Deadline.format(lastReportAt);
    }

    private static String categoryName(String code) {
        try {
            return code == null ? "—" : Category.valueOf(code).displayName();
        } catch (IllegalArgumentException newer) {
            return code;
        }
    }

    private static String municipalityName(String code) {
        try {
            return code == null ? "—" : Municipality.valueOf(code).displayName();
        } catch (IllegalArgumentException newer) {
            return code;
        }
    }
}
