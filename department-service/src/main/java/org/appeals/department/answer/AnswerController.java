package org.appeals.department.answer;

import java.time.Clock;
import java.time.LocalDate;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.deadline.CalendarProperties;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.DepartmentAccess;
import org.appeals.support.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A department working one of its appeals; only the department's own key may. */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/appeals/{appealId}")
class AnswerController {

    private final Answering answering;
    private final AnswerTexts texts;
    private final Clock clock;
    private final CalendarProperties calendar;

    AnswerController(Answering answering, AnswerTexts texts, Clock clock, CalendarProperties calendar) {
        this.answering = answering;
        this.texts = texts;
        this.clock = clock;
        this.calendar = calendar;
    }

    @PostMapping("/accept")
    ResponseEntity<AnswerAccepted> accept(Caller caller, @PathVariable String departmentId,
                                          @PathVariable String appealId) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        return accepted(answering.accept(departmentId, AppealIds.parse(appealId), caller.actor()));
    }

    @PostMapping("/answers")
    ResponseEntity<AnswerAccepted> answer(Caller caller, @PathVariable String departmentId,
                                          @PathVariable String appealId, @RequestBody AnswerRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        AnswerKind kind = body.validKind();
        String text = texts.require(body.text(), "text");
        LocalDate promisedBy = body.validPromisedBy(kind, LocalDate.now(clock.withZone(calendar.zone())));
        return accepted(answering.answer(departmentId, AppealIds.parse(appealId), kind, text, promisedBy,
                caller.actor()));
    }

    @PostMapping("/clarification")
    ResponseEntity<AnswerAccepted> clarification(Caller caller, @PathVariable String departmentId,
                                                 @PathVariable String appealId,
                                                 @RequestBody ClarificationRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        String question = texts.require(body.question(), "question");
        return accepted(answering.answer(departmentId, AppealIds.parse(appealId), AnswerKind.CLARIFICATION,
                question, null, caller.actor()));
    }

    @PostMapping("/redirect")
    ResponseEntity<AnswerAccepted> redirect(Caller caller, @PathVariable String departmentId,
                                            @PathVariable String appealId, @RequestBody RedirectRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        String reason = texts.require(body.reason(), "reason");
        return accepted(answering.answer(departmentId, AppealIds.parse(appealId), AnswerKind.REDIRECT, reason,
                null, caller.actor()));
    }

    private static ResponseEntity<AnswerAccepted> accepted(Answering.Outcome outcome) {
        return ResponseEntity.accepted().body(AnswerAccepted.of(outcome));
    }
}
