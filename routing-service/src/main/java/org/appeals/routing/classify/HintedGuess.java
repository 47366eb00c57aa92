package org.appeals.routing.classify;

import org.appeals.contracts.Category;

/**
 * A category guess with what the resident's hint did to it, and that said in Russian for the explanation an operator
 * reads in triage and on the appeal's card.
 *
 * @param text the guess from the text's words alone, before the hint was weighed
 * @param hint the category the resident chose, null when none or not a taxonomy code
 */
record HintedGuess(CategoryGuess guess, CategoryGuess text, Category hint, HintEffect effect) {

    static HintedGuess unhinted(CategoryGuess guess, HintEffect effect) {
        return new HintedGuess(guess, guess, null, effect);
    }

    /** The examples' guess took over from the vocabulary's: the hint agreed with it or lost to it. */
    HintedGuess replacedBy(CategoryGuess learned) {
        if (hint == null) {
            return new HintedGuess(learned, text, null, effect);
        }
        HintEffect now = learned.category() == hint ? HintEffect.AGREED : HintEffect.OUTWEIGHED;
        return new HintedGuess(learned, text, hint, now);
    }

    /** What the words of the text said; for a hint alone, what they said without naming the hinted category. */
    String explainCategory() {
        return effect == HintEffect.ALONE && text.score() > 0 ? "по одному тексту: " + text.explain() : guess.explain();
    }

    /** The sentence about the hint, empty when there was none to weigh. */
    String explainHint() {
        if (hint == null) {
            return "";
        }
        String chose = "житель выбрал направление «" + hint.displayName() + "»";
        String other = "«" + guess.category().displayName() + "»";
        return switch (effect) {
            case AGREED -> chose + ": текст говорит о том же, выбор жителя учтён и прибавил уверенности";
            case TIPPED -> chose + ": текст неоднозначен, выбор жителя учтён и перевесил";
            case ALONE -> chose + ": в тексте нет слов об этом направлении"
                    + (text.score() > 0 ? ", а о направлении «" + text.category().displayName() + "» лишь слабые" : "")
                    + ", поэтому выбор жителя учтён только как предложение оператору, без автоматического направления";
            case OUTWEIGHED -> guess.learned()
                    ? chose + ", но решения операторов по похожим текстам говорят о направлении " + other
                            + ": выбор жителя перевешен"
                    : chose + ", но текст ясно говорит о направлении " + other + ": выбор жителя перевешен текстом";
            case NONE, UNKNOWN -> "";
        };
    }
}
