package org.appeals.routing.classify;

import java.util.List;

/** The tokens of a text as every model sees them: analysed, then with one-letter typos mended. */
final class Words {

    private final TextAnalyzer analyzer;
    private final Typos typos;

    Words(TextAnalyzer analyzer, Typos typos) {
        this.analyzer = analyzer;
        this.typos = typos;
    }

    List<Token> tokens(String text) {
        return analyzer.tokens(text).stream().map(typos::mend).toList();
    }
}
