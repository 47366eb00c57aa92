package org.appeals.console.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the review pages read, all through the gateway: the queue (department-service), the appeal's history
 * (intake), its answers as its department holds them, and the incident an answer may be shared with.
 */
@Component
class ReviewReads {

    /** department-service's ceilings for one listing. */
    private static final int QUEUE_LIMIT = 200;

    private final PlatformClient platform;

    ReviewReads(PlatformClient platform) {
        this.platform = platform;
    }

    /** The queue, oldest first; of one department when {@code departmentId} is given. */
    List<ReviewItem> waiting(String departmentId) {
        JsonNode queue = departmentId == null
                ? platform.get("/api/v1/reviews?limit={limit}", Map.of("limit", QUEUE_LIMIT))
                : platform.get("/api/v1/reviews?departmentId={d}&limit={limit}",
                        Map.of("d", departmentId, "limit", QUEUE_LIMIT));
        return queue.valueStream().map(ReviewItem::of).toList();
    }

    AppealHistory history(UUID appealId) {
        return AppealHistory.of(platform.get("/api/v1/appeals/{id}", Map.of("id", appealId)));
    }

    /** The appeal as its department holds it: the answers and their reviews (operators may read any in scope). */
    JsonNode departmentAppeal(AppealHistory history) {
        if (history.departmentId() == null) {
            throw new PlatformProblem(404, "The appeal has no department yet.");
        }
        return platform.get("/api/v1/departments/{d}/appeals/{id}",
                Map.of("d", history.departmentId(), "id", history.appealId()));
    }

    /** The other appeals waiting with the same incident answer: decided together with this one. */
    List<UUID> sameAnswer(ReviewItem item) {
        return item.incidentAnswer() ? IncidentAnswers.sameAnswer(item, waiting(item.departmentId())) : List.of();
    }

    /** The appeal's pending review as its department holds it (a decision is posted for what it is now). */
    ReviewItem item(UUID appealId) {
        return ReviewItem.of(departmentAppeal(history(appealId)));
    }
}
