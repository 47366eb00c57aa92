package org.appeals.department.answer;

import java.time.Clock;
import java.time.LocalDate;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.deadline.CalendarProperties;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.DepartmentAccess;
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
 * A department working one of its appeals; only the department's own key may. Every step takes an
 * {@code Idempotency-Key}: a retry with the same key and body gets the first answer and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/appeals/{appealId}")
class AnswerController {

    private final Answering answering;
    private final AnswerTexts texts;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final IdempotentWrites writes;

    AnswerController(Answering answering, AnswerTexts texts, Clock clock, CalendarProperties calendar,
                     IdempotentWrites writes) {
        this.answering = answering;
        this.texts = texts;
        this.clock = clock;
        this.calendar = calendar;
        this.writes = writes;
    }

    @PostMapping("/accept")
    ResponseEntity<?> accept(Caller caller, IdempotencyKey key, @PathVariable String departmentId,
                             @PathVariable String appealId) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        var id = AppealIds.parse(appealId);
        return writes.run(caller, key, null,
                requestId -> accepted(answering.accept(departmentId, id, caller.actor(), requestId)));
    }

    @PostMapping("/answers")
    ResponseEntity<?> answer(Caller caller, IdempotencyKey key, @PathVariable String departmentId,
                             @PathVariable String appealId, @RequestBody AnswerRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        AnswerKind kind = body.validKind();
        String text = texts.require(body.text(), "text");
        LocalDate promisedBy = body.validPromisedBy(kind, LocalDate.now(clock.withZone(calendar.zone())));
        var id = AppealIds.parse(appealId);
        return writes.run(caller, key, body, requestId -> accepted(answering.answer(departmentId, id, kind, text,
                promisedBy, caller.actor(), requestId)));
    }

    @PostMapping("/clarification")
    ResponseEntity<?> clarification(Caller caller, IdempotencyKey key, @PathVariable String departmentId,
                                    @PathVariable String appealId, @RequestBody ClarificationRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        String question = texts.require(body.question(), "question");
        var id = AppealIds.parse(appealId);
        return writes.run(caller, key, body, requestId -> accepted(answering.answer(departmentId, id,
                AnswerKind.CLARIFICATION, question, null, caller.actor(), requestId)));
    }

    @PostMapping("/redirect")
    ResponseEntity<?> redirect(Caller caller, IdempotencyKey key, @PathVariable String departmentId,
                               @PathVariable String appealId, @RequestBody RedirectRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        String reason = texts.require(body.reason(), "reason");
        var id = AppealIds.parse(appealId);
        return writes.run(caller, key, body, requestId -> accepted(answering.answer(departmentId, id,
                AnswerKind.REDIRECT, reason, null, caller.actor(), requestId)));
    }

    private static ResponseEntity<AnswerAccepted> accepted(Answering.Outcome outcome) {
        return ResponseEntity.accepted().body(AnswerAccepted.of(outcome));
    }
}
