package org.appeals.department.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.answer.AnswerRequest;
import org.appeals.department.answer.AnswerTexts;
import org.appeals.department.deadline.CalendarProperties;
import org.appeals.department.web.DepartmentAccess;
import org.appeals.support.idempotency.IdempotencyKey;
import org.appeals.support.idempotency.IdempotentWrites;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.PathIds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A department answering an incident once, for every resident who reported it. */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/incidents/{incidentId}")
class IncidentAnswerController {

    private final IncidentAnswering answering;
    private final AnswerTexts texts;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final IdempotentWrites writes;

    IncidentAnswerController(IncidentAnswering answering, AnswerTexts texts, Clock clock,
                             CalendarProperties calendar, IdempotentWrites writes) {
        this.writes = writes;
        this.answering = answering;
        this.texts = texts;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** With an {@code Idempotency-Key}, a retry gets the first answer and answers no member twice. */
    @PostMapping("/answers")
    ResponseEntity<?> answer(Caller caller, IdempotencyKey key, @PathVariable String departmentId,
                             @PathVariable String incidentId, @RequestBody AnswerRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        AnswerKind kind = body.validKind();
        String text = texts.require(body.text(), "text");
        LocalDate promisedBy = body.validPromisedBy(kind, LocalDate.now(clock.withZone(calendar.zone())));
        UUID id = parse(incidentId);
        return writes.run(caller, key, body, requestId -> ResponseEntity.accepted().body(
                answering.answer(departmentId, id, kind, text, promisedBy, caller.actor(), requestId)));
    }

    private static UUID parse(String incidentId) {
        return PathIds.parse(incidentId, () -> ApiException.notFound("This department has no such incident."));
    }
}
