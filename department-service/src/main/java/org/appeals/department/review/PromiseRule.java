package org.appeals.department.review;

import java.util.List;
import java.util.Optional;

/** "Будет отремонтирован" is only an answer with a date or period the resident can hold the department to. */
final class PromiseRule implements AnswerRule {

    private final CheckRules.Promises rules;
    private final Phrases promises;
    private final Phrases dates;
    private final Phrases lawReferences;

    PromiseRule(CheckRules.Promises rules) {
        this.rules = rules;
        this.promises = new Phrases(rules.promises(), Phrases.IGNORE_CASE);
        this.dates = new Phrases(rules.dates(), Phrases.IGNORE_CASE);
        this.lawReferences = new Phrases(rules.lawReferences(), Phrases.IGNORE_CASE);
    }

    @Override
    public List<AnswerFlag> check(AnswerText text, CheckContext context) {
        Optional<Span> promise = promises.first(text.normalized());
        if (promise.isEmpty()) {
            return List.of();
        }
        // The date of a law ("от 02.05.2006 № 59-ФЗ") is not a date of the promised work.
        String withoutLaws = Spans.blank(text.normalized(), lawReferences.all(text.normalized()));
        if (dates.anyIn(withoutLaws)) {
            return List.of();
        }
        return List.of(new AnswerFlag(FlagCode.PROMISE_WITHOUT_DATE, rules.message(), text.fragment(promise.get())));
    }
}
