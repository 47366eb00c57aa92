package org.appeals.department.answer;

import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.workflow.AppealState;

/** What a department gets back for an accepted answer: its id and the appeal's new state. */
record AnswerAccepted(UUID answerId, UUID appealId, AnswerKind kind, AppealState state) {
}
