package org.appeals.department.review;

import java.util.List;

/** One of the reasons the centres return an answer for rework. */
interface AnswerRule {

    List<AnswerFlag> check(AnswerText text, CheckContext context);
}
