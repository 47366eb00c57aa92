package org.appeals.department.incident;

import java.util.UUID;
import org.appeals.department.review.ReturnRequest;
import org.appeals.department.review.Reviewing;
import org.appeals.department.web.MunicipalScope;
import org.appeals.department.web.StaffAccess;
import org.appeals.support.idempotency.IdempotencyKey;
import org.appeals.support.idempotency.IdempotentWrites;
import org.appeals.support.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators review an incident's answer once: approve it, or return it with a comment, for every member appeal
 * it was given to. For operators and admins (an МЦУ operator: incidents of its municipalities only). Decisions take
 * an {@code Idempotency-Key}: a retry with the same key and body gets the first answer and decides nothing again.
 */
@RestController
@RequestMapping("/api/v1/incidents/{incidentId}/review")
class IncidentReviewController {

    private final Incidents incidents;
    private final IncidentReviewing reviewing;
    private final Reviewing decisions;
    private final IdempotentWrites writes;

    IncidentReviewController(Incidents incidents, IncidentReviewing reviewing, Reviewing decisions,
                             IdempotentWrites writes) {
        this.incidents = incidents;
        this.reviewing = reviewing;
        this.decisions = decisions;
        this.writes = writes;
    }

    @PostMapping("/approve")
    ResponseEntity<?> approve(Caller caller, IdempotencyKey key, @PathVariable String incidentId) {
        StaffAccess.requireStaff(caller);
        IncidentView incident = visible(caller, incidentId);
        return writes.run(caller, key, null, requestId -> ResponseEntity.ok(
                reviewing.decide(incident, decisions.approval(caller.actor()), requestId)));
    }

    @PostMapping("/return")
    ResponseEntity<?> returnForRework(Caller caller, IdempotencyKey key, @PathVariable String incidentId,
                                      @RequestBody ReturnRequest body) {
        StaffAccess.requireStaff(caller);
        String comment = ReturnRequest.validComment(body);
        IncidentView incident = visible(caller, incidentId);
        return writes.run(caller, key, body, requestId -> ResponseEntity.ok(
                reviewing.decide(incident, decisions.returning(caller.actor(), comment), requestId)));
    }

    /** The incident, if it exists and the caller's centre covers its municipality (403 otherwise). */
    private IncidentView visible(Caller caller, String incidentId) {
        UUID id = IncidentRequests.incidentId(incidentId);
        IncidentView incident = incidents.find(id).orElseThrow(IncidentRequests::unknownIncident);
        MunicipalScope.requireSees(caller, incident.municipality());
        return incident;
    }
}
