package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appeals.contracts.Category;

/** Scores the taxonomy's categories by the weighted terms of the category vocabulary found in a text. */
final class CategoryModel {

    private final TermIndex<Category> index;
    private final double evidenceScale;

    CategoryModel(VocabularyFiles.Categories vocabulary, TextAnalyzer analyzer) {
        List<Term<Category>> terms = new ArrayList<>();
        vocabulary.categories().forEach((category, weights) -> addTerms(category, weights, analyzer, terms));
        this.index = new TermIndex<>(terms);
        this.evidenceScale = vocabulary.evidenceScale();
    }

    Set<String> stems() {
        return index.stems();
    }

    Set<String> prefixes() {
        return index.prefixes();
    }

    /** The text's guess, with the resident's hint (if any) weighed in by {@code weighing}. */
    HintedGuess guess(String text, List<Token> tokens, ResidentHint hint, HintWeighing weighing) {
        Tally<Category> tally = new Tally<>(index.scan(text, tokens));
        return weighing.weigh(tally, guess(tally), hint, evidenceScale);
    }

    private CategoryGuess guess(Tally<Category> tally) {
        return tally.leader()
                .map(category -> new CategoryGuess(category,
                        Evidence.confidence(tally.score(category), tally.contested(), evidenceScale),
                        tally.surfaces(category), tally.terms(category), tally.score(category), tally.total(), 0))
                .orElseGet(CategoryGuess::nothingFound);
    }

    private static void addTerms(Category category, Map<String, Double> weights, TextAnalyzer analyzer,
                                 List<Term<Category>> terms) {
        weights.forEach((written, weight) ->
                terms.add(new Term<>(written, category, weight, WordPattern.parse(written, analyzer))));
    }
}
