package org.appeals.department.review;

import java.util.List;

/** An answer of a few words cannot say what was done, when, and by whom. */
final class ShortnessRule implements AnswerRule {

    private final CheckRules.Shortness rules;
    private final Words words;

    ShortnessRule(CheckRules.Shortness rules, Words words) {
        this.rules = rules;
        this.words = words;
    }

    @Override
    public List<AnswerFlag> check(AnswerText text, CheckContext context) {
        boolean tooShort = words.meaningful(text.normalized()) < rules.minMeaningfulWords()
                || Words.letters(text.normalized()) < rules.minLetters();
        // No fragment: it would be the whole answer, which may hold anything.
        return tooShort ? List.of(new AnswerFlag(FlagCode.TOO_SHORT, rules.message(), null)) : List.of();
    }
}
