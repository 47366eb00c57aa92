package org.appeals.routing.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Splits text into words with Lucene's standard tokenizer and stems each with Lucene's Russian Snowball stemmer after
 * folding case and ё, so "яма", "ямы" and "ямой" meet. Hashtags written in camel case (#ЯмыНаДорогах) are split into
 * their words first, because residents tag topics that way; the text and the vocabulary go through the same steps.
 */
final class TextAnalyzer {

    /** Far beyond any real appeal; bounds the work one huge text can cause. */
    static final int MAX_CHARS = 20_000;

    private static final Pattern HASHTAG_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+(?!\\p{Ll})|\\p{N}+");
    // Snowball stemmers keep state, so each thread gets its own
    private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal.withInitial(RussianStemmer::new);

    // Lucene's Analyzer reuses one tokenizer per thread, which makes this instance safe to share
    private final Analyzer tokenizer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    List<Token> tokens(String text) {
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenizer.tokenStream("text", bounded)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                add(bounded, offset.startOffset(), offset.endOffset(), tokens);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    static String stem(String foldedWord) {
        SnowballStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(foldedWord);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static void add(String text, int start, int end, List<Token> tokens) {
        if (start == 0 || text.charAt(start - 1) != '#') {
            tokens.add(token(text, start, end));
            return;
        }
        Matcher word = HASHTAG_WORD.matcher(text).region(start, end);
        int before = tokens.size();
        while (word.find()) {
            tokens.add(token(text, word.start(), word.end()));
        }
        if (tokens.size() == before) {
            tokens.add(token(text, start, end));
        }
    }

    private static Token token(String text, int start, int end) {
        String word = fold(text.substring(start, end));
        return new Token(word, stem(word), start, end);
    }
}
