package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.text.RussianText;
import org.appeals.text.Word;

/**
 * Splits text into words and stems them the platform's one way ({@link RussianText}: Lucene's standard tokenizer,
 * lower case, ё as е, Lucene's Russian Snowball stemmer), so "яма", "ямы" and "ямой" meet. Hashtags written in camel
 * case (#ЯмыНаДорогах) are split into their words first, because residents tag topics that way; the text and the
 * vocabulary go through the same steps.
 */
final class TextAnalyzer {

    /** Far beyond any real appeal; bounds the work one huge text can cause. */
    static final int MAX_CHARS = 20_000;

    private static final Pattern HASHTAG_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+(?!\\p{Ll})|\\p{N}+");

    List<Token> tokens(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Token> tokens = new ArrayList<>();
        for (Word word : RussianText.words(bounded)) {
            add(bounded, word, tokens);
        }
        return tokens;
    }

    private static void add(String text, Word word, List<Token> tokens) {
        if (word.start() == 0 || text.charAt(word.start() - 1) != '#') {
            tokens.add(token(word));
            return;
        }
        Matcher part = HASHTAG_WORD.matcher(text).region(word.start(), word.end());
        int before = tokens.size();
        while (part.find()) {
            tokens.add(token(RussianText.word(text, part.start(), part.end())));
        }
        if (tokens.size() == before) {
            tokens.add(token(word));
        }
    }

    private static Token token(Word word) {
        return new Token(word.text(), word.stem(), word.start(), word.end());
    }
}
