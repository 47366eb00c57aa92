package org.appeals.department.review;

import java.util.List;

/** The automatic check of an answer before it goes to the centre's operators; pure, thread-safe, never logs. */
public final class AnswerCheck {

    private final List<AnswerRule> rules;

    AnswerCheck(CheckRules rules) {
        Words words = new Words(rules.stopWords());
        this.rules = List.of(
                new ShortnessRule(rules.tooShort(), words),
                new FormalityRule(rules.formalOnly(), words),
                new PromiseRule(rules.promiseWithoutDate()),
                new LawCitationRule(rules.lawInsteadOfAnswer(), words),
                new PersonalDataRule(rules.personalData()));
    }

    /** The flags this answer raises; none when it is fit to go to the resident. */
    public CheckResult check(String answerText, CheckContext ctx) {
        AnswerText text = AnswerText.of(answerText);
        CheckContext context = ctx == null ? CheckContext.none() : ctx;
        return new CheckResult(rules.stream().flatMap(rule -> rule.check(text, context).stream()).toList());
    }
}
