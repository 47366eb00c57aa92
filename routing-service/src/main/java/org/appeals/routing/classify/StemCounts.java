package org.appeals.routing.classify;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.appeals.contracts.Category;

/** How often each stem was seen in the examples of each category, and how many examples each category has. */
final class StemCounts {

    private final Map<Category, Integer> examples = new EnumMap<>(Category.class);
    private final Map<Category, Map<String, Integer>> stems = new EnumMap<>(Category.class);
    private final Map<Category, Integer> stemTotals = new EnumMap<>(Category.class);
    private final Map<String, Integer> vocabulary = new HashMap<>();

    /** Adds ({@code sign} 1) or takes back ({@code sign} -1) one example. */
    void add(Category category, Set<String> features, int sign) {
        examples.merge(category, sign, Integer::sum);
        stemTotals.merge(category, sign * features.size(), Integer::sum);
        Map<String, Integer> counts = stems.computeIfAbsent(category, c -> new HashMap<>());
        for (String stem : features) {
            counts.merge(stem, sign, (a, b) -> a + b == 0 ? null : a + b);
            vocabulary.merge(stem, sign, (a, b) -> a + b == 0 ? null : a + b);
        }
        if (examples.get(category) == 0) {
            examples.remove(category);
            stems.remove(category);
            stemTotals.remove(category);
        }
    }

    Set<Category> categories() {
        return examples.keySet();
    }

    int examples(Category category) {
        return examples.getOrDefault(category, 0);
    }

    int totalExamples() {
        return examples.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(Category category, String stem) {
        return stems.getOrDefault(category, Map.of()).getOrDefault(stem, 0);
    }

    int stemTotal(Category category) {
        return stemTotals.getOrDefault(category, 0);
    }

    boolean known(String stem) {
        return vocabulary.containsKey(stem);
    }

    int vocabularySize() {
        return vocabulary.size();
    }
}
