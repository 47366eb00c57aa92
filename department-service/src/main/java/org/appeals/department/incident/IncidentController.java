package org.appeals.department.incident;

import java.time.Clock;
import java.util.UUID;
import org.appeals.department.web.MunicipalScope;
import org.appeals.department.web.StaffAccess;
import org.appeals.support.idempotency.IdempotencyKey;
import org.appeals.support.idempotency.IdempotentWrites;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents across departments for the centres' staff, who also split out appeals grouped by mistake. A department's
 * key may read one of its own incidents by id; another department's is a 404, as if it did not exist. An МЦУ
 * operator sees and splits only incidents of its municipalities; who split an appeal out is kept with the incident.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

    private final Incidents incidents;
    private final IncidentProperties properties;
    private final Clock clock;
    private final IdempotentWrites writes;

    IncidentController(Incidents incidents, IncidentProperties properties, Clock clock, IdempotentWrites writes) {
        this.writes = writes;
        this.incidents = incidents;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    IncidentPage recent(Caller caller, @RequestParam(required = false) Integer limit) {
        StaffAccess.requireStaff(caller);
        return new IncidentPage(incidents.recent(MunicipalScope.of(caller),
                IncidentRequests.limit(limit, properties)));
    }

    @GetMapping("/{incidentId}")
    IncidentView one(Caller caller, @PathVariable String incidentId) {
        caller.requireRole(Role.OPERATOR, Role.ADMIN, Role.DEPARTMENT);
        IncidentView incident = incidents.find(IncidentRequests.incidentId(incidentId))
                .filter(found -> caller.actsFor(Role.DEPARTMENT, found.departmentId()))
                .orElseThrow(IncidentRequests::unknownIncident);
        MunicipalScope.requireSees(caller, incident.municipality());
        return incident;
    }

    /**
     * Answers with the incident as it is after the split. With an {@code Idempotency-Key} a retry gets that answer
     * again; a retry whose first response was lost before it was stored finds the appeal split out already and gets
     * 404 for it, but nothing is split twice.
     */
    @PostMapping("/{incidentId}/split")
    ResponseEntity<?> split(Caller caller, IdempotencyKey key, @PathVariable String incidentId,
                            @RequestBody SplitRequest body) {
        StaffAccess.requireStaff(caller);
        UUID id = IncidentRequests.incidentId(incidentId);
        UUID appealId = body.validAppealId();
        return writes.run(caller, key, body, requestId -> ResponseEntity.ok(split(caller, id, appealId)));
    }

    private IncidentView split(Caller caller, UUID id, UUID appealId) {
        IncidentView before = incidents.find(id).orElseThrow(IncidentRequests::unknownIncident);
        MunicipalScope.requireSees(caller, before.municipality());
        if (!before.appealIds().contains(appealId)) {
            throw ApiException.notFound("This incident has no such appeal.");
        }
        if (!incidents.split(id, new Split(appealId, caller.actor(), clock.instant()))) {
            throw ApiException.conflict("An incident's only appeal cannot be split from it.");
        }
        return incidents.find(id).orElseThrow(IncidentRequests::unknownIncident);
    }
}
