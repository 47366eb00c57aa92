package org.appeals.console.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An incident's answer is given to each of its appeals; department-service marks each with the incident answer's id
 * ({@code incidentAnswerId}), and the operators read and decide it once
 * ({@code POST /api/v1/incidents/{id}/review/approve|return}).
 */
final class IncidentAnswers {

    private IncidentAnswers() {
    }

    /** The queue as rows: the appeals waiting with one incident answer become one row (the oldest). */
    static List<ReviewRow> rows(List<ReviewItem> queue) {
        Map<String, List<ReviewItem>> groups = new LinkedHashMap<>();
        for (ReviewItem item : queue) {
            String key = item.incidentAnswer() ? item.incidentAnswerId() : item.appealId().toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream().map(group -> new ReviewRow(group.get(0), group.get(0).incidentId(),
                group.stream().skip(1).map(ReviewItem::appealId).toList())).toList();
    }

    /** The other appeals in {@code queue} waiting with the same incident answer as {@code self}. */
    static List<UUID> sameAnswer(ReviewItem self, List<ReviewItem> queue) {
        if (!self.incidentAnswer()) {
            return List.of();
        }
        return queue.stream().filter(item -> !item.appealId().equals(self.appealId()))
                .filter(item -> self.incidentAnswerId().equals(item.incidentAnswerId()))
                .map(ReviewItem::appealId).toList();
    }
}
