package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.List;
import org.appeals.text.RussianText;

/**
 * One word of a vocabulary term. Written plainly it matches by stem ("яма" meets "ямой"); written "=вонь" it matches
 * that word only, for stems that would collide with common words; written "выруб*" it matches any word starting so,
 * for roots the stemmer cuts differently in different forms.
 */
record WordPattern(Kind kind, String value) {

    enum Kind { STEM, WORD, PREFIX }

    boolean matches(Token token) {
        return switch (kind) {
            case STEM -> value.equals(token.stem());
            case WORD -> value.equals(token.word());
            case PREFIX -> token.word().startsWith(value);
        };
    }

    /** Reads a term as written in a vocabulary file into the word patterns it stands for. */
    static List<WordPattern> parse(String written, TextAnalyzer analyzer) {
        List<WordPattern> words = new ArrayList<>();
        for (String word : written.trim().split("\\s+")) {
            if (word.length() > 1 && word.endsWith("*")) {
                words.add(new WordPattern(Kind.PREFIX, RussianText.normalise(word.substring(0, word.length() - 1))));
            } else if (word.length() > 1 && word.startsWith("=")) {
                words.add(new WordPattern(Kind.WORD, RussianText.normalise(word.substring(1))));
            } else {
                analyzer.tokens(word).forEach(t -> words.add(new WordPattern(Kind.STEM, t.stem())));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("vocabulary term '" + written + "' has no words");
        }
        return List.copyOf(words);
    }
}
