package org.appeals.department.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.AppealView;
import org.appeals.department.web.MunicipalScope;
import org.appeals.department.web.StaffAccess;
import org.appeals.support.idempotency.IdempotencyKey;
import org.appeals.support.idempotency.IdempotentWrites;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centre operators' review queue: final answers waiting for approval, oldest first. Decisions take an
 * {@code Idempotency-Key}: a retry with the same key and body gets the first answer and decides nothing again.
 * Answers given through one incident answer say so (and how many appeals wait with it), so that clients show them
 * as one row and decide them at once (incident's {@code IncidentReviewController}); each may still be decided here.
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    private static final int MAX_LIMIT = 200;

    private final Appeals appeals;
    private final ReviewQueue queue;
    private final Reviewing reviewing;
    private final IdempotentWrites writes;

    ReviewController(Appeals appeals, ReviewQueue queue, Reviewing reviewing, IdempotentWrites writes) {
        this.queue = queue;
        this.writes = writes;
        this.appeals = appeals;
        this.reviewing = reviewing;
    }

    @GetMapping
    List<AppealView> queue(Caller caller, @RequestParam(required = false) String departmentId,
                           @RequestParam(defaultValue = "50") int limit) {
        StaffAccess.requireStaff(caller);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        List<DepartmentAppeal> waiting = queue.waiting(departmentId, MunicipalScope.of(caller), limit);
        Map<UUID, Integer> perIncidentAnswer = new HashMap<>();
        return waiting.stream().map(appeal -> AppealView.of(appeal, appeal.incidentAnswerInReview()
                .map(mark -> perIncidentAnswer.computeIfAbsent(mark.incidentAnswerId(),
                        id -> Math.toIntExact(queue.waitingWith(id))))
                .orElse(null))).toList();
    }

    @PostMapping("/{appealId}/approve")
    ResponseEntity<?> approve(Caller caller, IdempotencyKey key, @PathVariable String appealId) {
        StaffAccess.requireStaff(caller);
        UUID id = AppealIds.parse(appealId);
        requireSees(caller, id);
        return writes.run(caller, key, null,
                requestId -> ResponseEntity.ok(AppealView.of(reviewing.approve(id, caller.actor(), requestId))));
    }

    @PostMapping("/{appealId}/return")
    ResponseEntity<?> returnForRework(Caller caller, IdempotencyKey key, @PathVariable String appealId,
                                      @RequestBody ReturnRequest body) {
        StaffAccess.requireStaff(caller);
        String comment = ReturnRequest.validComment(body);
        UUID id = AppealIds.parse(appealId);
        requireSees(caller, id);
        return writes.run(caller, key, body, requestId -> ResponseEntity.ok(AppealView.of(
                reviewing.returnForRework(id, caller.actor(), comment, requestId))));
    }

    /** An МЦУ operator decides only on answers to its municipalities' appeals; an unknown appeal is Reviewing's 404. */
    private void requireSees(Caller caller, UUID appealId) {
        appeals.find(appealId).map(DepartmentAppeal::assignment)
                .ifPresent(assignment -> MunicipalScope.requireSees(caller, assignment.municipality()));
    }
}
