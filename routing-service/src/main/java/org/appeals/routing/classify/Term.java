package org.appeals.routing.classify;

import java.util.List;

/** A vocabulary entry: the words to find in a row, what they point to, and how much they weigh. */
record Term<L>(String text, L label, double weight, List<WordPattern> words) {

    Term {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("vocabulary term '" + text + "' needs a positive weight");
        }
    }

    /** Whether the term's words stand in the text starting at {@code from}. */
    boolean matchesAt(List<Token> tokens, int from) {
        if (from + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(tokens.get(from + i))) {
                return false;
            }
        }
        return true;
    }
}
