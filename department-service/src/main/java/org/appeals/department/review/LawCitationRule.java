package org.appeals.department.review;

import java.util.List;
import java.util.Optional;

/** An answer made mostly of law citations that never says what will be done. */
final class LawCitationRule implements AnswerRule {

    private final CheckRules.LawCitations rules;
    private final Phrases citations;
    private final Phrases actions;
    private final Words words;

    LawCitationRule(CheckRules.LawCitations rules, Words words) {
        this.rules = rules;
        this.citations = new Phrases(rules.citations(), Phrases.IGNORE_CASE);
        this.actions = new Phrases(rules.actions(), Phrases.IGNORE_CASE);
        this.words = words;
    }

    @Override
    public List<AnswerFlag> check(AnswerText text, CheckContext context) {
        Optional<Span> citation = citations.first(text.normalized());
        if (citation.isEmpty() || actions.anyIn(text.normalized())) {
            return List.of();
        }
        int citing = text.sentences().stream().filter(citations::anyIn).mapToInt(words::meaningful).sum();
        double share = (double) citing / Math.max(1, words.meaningful(text.normalized()));
        if (share < rules.minShare()) {
            return List.of();
        }
        return List.of(new AnswerFlag(FlagCode.LAW_INSTEAD_OF_ANSWER, rules.message(), text.fragment(citation.get())));
    }
}
