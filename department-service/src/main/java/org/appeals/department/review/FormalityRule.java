package org.appeals.department.review;

import java.util.List;

/** Formal phrases ("принято к сведению") that make up most of an answer leave the resident with nothing. */
final class FormalityRule implements AnswerRule {

    private final CheckRules.Formality rules;
    private final Phrases formal;
    private final Phrases courtesy;
    private final Words words;

    FormalityRule(CheckRules.Formality rules, Words words) {
        this.rules = rules;
        this.formal = new Phrases(rules.phrases(), Phrases.IGNORE_CASE);
        this.courtesy = new Phrases(rules.courtesy(), Phrases.IGNORE_CASE);
        this.words = words;
    }

    @Override
    public List<AnswerFlag> check(AnswerText text, CheckContext context) {
        String normalized = text.normalized();
        List<Span> formalSpans = formal.all(normalized);
        if (formalSpans.isEmpty()) {
            return List.of();
        }
        // Greetings and sign-offs are neither formal nor content, so they count on neither side.
        int substantive = words.meaningful(normalized) - words.meaningful(normalized, courtesy.all(normalized));
        double share = (double) words.meaningful(normalized, formalSpans) / Math.max(1, substantive);
        if (share < rules.minShare()) {
            return List.of();
        }
        Span first = Spans.merge(formalSpans).get(0);
        return List.of(new AnswerFlag(FlagCode.FORMAL_ONLY, rules.message(), text.fragment(first)));
    }
}
