package org.appeals.department.answer;

import org.appeals.contracts.AnswerKind;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.DepartmentAccess;
import org.appeals.support.web.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A department answering, or declining, one of its appeals; only the department's own key may. */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/appeals/{appealId}")
class AnswerController {

    private final Answering answering;
    private final AnswerTexts texts;

    AnswerController(Answering answering, AnswerTexts texts) {
        this.answering = answering;
        this.texts = texts;
    }

    @PostMapping("/answers")
    ResponseEntity<AnswerAccepted> answer(Caller caller, @PathVariable String departmentId,
                                          @PathVariable String appealId, @RequestBody AnswerRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        AnswerKind kind = body.validKind();
        String text = texts.require(body.text(), "text");
        return ResponseEntity.accepted().body(answering.answer(departmentId, AppealIds.parse(appealId), kind, text));
    }

    @PostMapping("/redirect")
    ResponseEntity<AnswerAccepted> redirect(Caller caller, @PathVariable String departmentId,
                                            @PathVariable String appealId, @RequestBody RedirectRequest body) {
        DepartmentAccess.requireOwnDepartment(caller, departmentId);
        String reason = texts.require(body.reason(), "reason");
        return ResponseEntity.accepted()
                .body(answering.answer(departmentId, AppealIds.parse(appealId), AnswerKind.REDIRECT, reason));
    }
}
