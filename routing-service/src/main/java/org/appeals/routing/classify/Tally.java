package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores each label by the weights of the distinct terms found for it: writing "яма" five times is still one pothole.
 * Labels keep the order they were first met in, so a tie goes to the one the text names first.
 */
final class Tally<L> {

    private final Map<L, Double> scores = new LinkedHashMap<>();
    private final Map<L, Set<String>> terms = new LinkedHashMap<>();
    private final Map<L, Set<String>> surfaces = new LinkedHashMap<>();

    Tally(List<Match<L>> matches) {
        Set<Term<L>> counted = new HashSet<>();
        for (Match<L> match : matches) {
            L label = match.term().label();
            if (counted.add(match.term())) {
                scores.merge(label, match.term().weight(), Double::sum);
                terms.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(match.term().text());
                surfaces.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(match.surface());
            }
        }
    }

    Optional<L> leader() {
        L leader = null;
        for (Map.Entry<L, Double> entry : scores.entrySet()) {
            if (leader == null || entry.getValue() > scores.get(leader)) {
                leader = entry.getKey();
            }
        }
        return Optional.ofNullable(leader);
    }

    double score(L label) {
        return scores.getOrDefault(label, 0.0);
    }

    /** The leader's score plus the best rival's: weak mentions of third topics do not make the leader less sure. */
    double contested() {
        double leader = leader().map(this::score).orElse(0.0);
        double rival = scores.values().stream().mapToDouble(Double::doubleValue).sorted()
                .skip(Math.max(0, scores.size() - 2)).findFirst().orElse(0.0);
        return scores.size() < 2 ? leader : leader + rival;
    }

    /** The best score of any label but this one; 0 when there is none. */
    double bestOtherThan(L label) {
        return scores.entrySet().stream().filter(e -> !e.getKey().equals(label))
                .mapToDouble(Map.Entry::getValue).max().orElse(0.0);
    }

    double total() {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The vocabulary terms that counted for the label, as the vocabulary writes them. */
    List<String> terms(L label) {
        return new ArrayList<>(terms.getOrDefault(label, Set.of()));
    }

    /** The label's words as the resident wrote them, the first time each term was found. */
    List<String> surfaces(L label) {
        return new ArrayList<>(surfaces.getOrDefault(label, Set.of()));
    }
}
