package org.appeals.routing.classify;

import java.util.Collection;

/**
 * Mends one-letter typos in long words ("канализацыя", "светафор"): a word the vocabulary does not know becomes the
 * vocabulary's stem, or gets the vocabulary's word prefix, one edit away (a wrong, swapped, missing or extra letter).
 * Only stems of 6 letters and more: shorter ones one letter apart are usually different words ("сверл" / "светл").
 */
final class Typos {

    static final int MIN_WORD = 6;
    static final int MIN_STEM = 6;

    private final NearWords stems;
    private final NearWords prefixes;

    Typos(Collection<String> vocabularyStems, Collection<String> vocabularyPrefixes) {
        this.stems = new NearWords(vocabularyStems, MIN_STEM);
        this.prefixes = new NearWords(vocabularyPrefixes, MIN_STEM);
    }

    /** The token, or the token with its stem or word mended to the vocabulary's when it is a typo of one. */
    Token mend(Token token) {
        if (token.word().length() < MIN_WORD || stems.contains(token.stem()) || prefixes.startsOne(token.word())) {
            return token;
        }
        String stem = stems.near(token.stem());
        String word = prefixes.withNearPrefix(token.word());
        if (stem == null && word == null) {
            return token;
        }
        return new Token(word == null ? token.word() : word, stem == null ? token.stem() : stem, token.start(),
                token.end());
    }
}
