package org.appeals.routing.classify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.appeals.contracts.Category;

/**
 * Naive Bayes scoring over learned counts, with Laplace smoothing over the stems the examples know. Its posterior
 * only compares the categories people have labelled, so confidence is scaled by how much of the text the leader's
 * examples cover: one shared common word must not route a whole appeal.
 */
final class NaiveBayes {

    /** Fewer shared stems than this is a coincidence, not a kind of text. */
    static final int MIN_SHARED_STEMS = 2;

    private NaiveBayes() {
    }

    static CategoryGuess guess(StemCounts counts, Set<String> features, List<Token> tokens) {
        Set<String> known = features.stream().filter(counts::known).collect(Collectors.toSet());
        if (known.size() < Math.min(MIN_SHARED_STEMS, features.size())) {
            return CategoryGuess.nothingFound();
        }
        Map<Category, Double> logs = new EnumMap<>(Category.class);
        counts.categories().forEach(c -> logs.put(c, logLikelihood(counts, c, known)));
        Category leader = logs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double max = logs.get(leader);
        double sum = logs.values().stream().mapToDouble(v -> Math.exp(v - max)).sum();
        Set<String> shared = known.stream().filter(s -> counts.count(leader, s) > 0)
                .collect(Collectors.toCollection(TreeSet::new));
        double coverage = shared.size() / (double) features.size();
        double confidence = shared.size() < Math.min(MIN_SHARED_STEMS, features.size()) ? 0
                : (1 / sum) * Math.sqrt(coverage);
        return new CategoryGuess(leader, confidence, ExampleModel.surfaces(tokens, shared), List.copyOf(shared),
                shared.size(), features.size(), counts.examples(leader));
    }

    private static double logLikelihood(StemCounts counts, Category category, Set<String> known) {
        double prior = Math.log(counts.examples(category) / (double) counts.totalExamples());
        double denominator = counts.stemTotal(category) + counts.vocabularySize();
        double likelihood = 0;
        for (String stem : known) {
            likelihood += Math.log((counts.count(category, stem) + 1) / denominator);
        }
        return prior + likelihood;
    }
}
