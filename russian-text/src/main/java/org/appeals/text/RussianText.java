package org.appeals.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The one way the platform reads Russian text: lower case with ё as е, words as Lucene's standard tokenizer finds
 * them, and stems from Lucene's Russian Snowball stemmer, so that "Яма", "ЯМЫ" and "ямой" meet. Residents write ё and
 * е at random, so every comparison of words goes through {@link #normalise}.
 */
public final class RussianText {

    // Lucene's Analyzer reuses one tokenizer per thread, which makes this instance safe to share
    private static final Analyzer TOKENIZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    // Lucene's list of Russian words that carry no meaning of their own (и, в, не, что, это…)
    private static final CharArraySet STOP_WORDS = RussianAnalyzer.getDefaultStopSet();
    // Snowball stemmers keep state, so each thread gets its own
    private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal.withInitial(RussianStemmer::new);

    private RussianText() {
    }

    /** Lower case (root locale, whatever the machine's) with ё read as е: the form words are compared in. */
    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** ё and Ё read as е and Е, case and length kept, so that offsets found in the result hold in the original. */
    public static String withoutYo(String text) {
        return text.replace('ё', 'е').replace('Ё', 'Е');
    }

    /** Whether a word is one of Lucene's Russian stop words (и, в, не, что…); compared normalised. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(normalise(word));
    }

    /** The Russian stem of one word, normalised first: "Ямы" and "ямой" are both "ям"; "5" stays, "ЖКХ" is "жкх". */
    public static String stem(String word) {
        return stemOfNormal(normalise(word));
    }

    /** The words of a text in order, each normalised and stemmed, with where it stood in the text. */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = TOKENIZER.tokenStream("text", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(word(text, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    /** The stems of a text's words in order: "Ямы на дорогах" gives [ям, на, дорог]. */
    public static List<String> stems(String text) {
        return words(text).stream().map(Word::stem).toList();
    }

    /** The word between two offsets of a text, normalised and stemmed; for callers that split words further. */
    public static Word word(String text, int start, int end) {
        String word = normalise(text.substring(start, end));
        return new Word(word, stemOfNormal(word), start, end);
    }

    private static String stemOfNormal(String word) {
        SnowballStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
