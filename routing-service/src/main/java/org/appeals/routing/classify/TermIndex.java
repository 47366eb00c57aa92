package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds vocabulary terms in a text. At each word the longest term that starts there wins and its words are used up,
 * so "Урюпинский район" counts for the district and not also for the town of Урюпинск.
 */
final class TermIndex<L> {

    private static final Comparator<Term<?>> MOST_SPECIFIC = Comparator
            .<Term<?>>comparingInt(term -> term.words().size())
            .thenComparingDouble(Term::weight)
            .thenComparingInt(term -> term.text().length());

    // terms by the kind and value of their first word pattern
    private final Map<WordPattern.Kind, Map<String, List<Term<L>>>> byFirstWord = new EnumMap<>(WordPattern.Kind.class);
    private int longestPrefix;
    private final Set<String> stems = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    TermIndex(Collection<Term<L>> terms) {
        for (WordPattern.Kind kind : WordPattern.Kind.values()) {
            byFirstWord.put(kind, new HashMap<>());
        }
        for (Term<L> term : terms) {
            term.words().forEach(w -> (w.kind() == WordPattern.Kind.PREFIX ? prefixes : stems).add(w.value()));
            WordPattern first = term.words().get(0);
            byFirstWord.get(first.kind()).computeIfAbsent(first.value(), k -> new ArrayList<>()).add(term);
            if (first.kind() == WordPattern.Kind.PREFIX) {
                longestPrefix = Math.max(longestPrefix, first.value().length());
            }
        }
    }

    /** Every stem (and exact word) the terms are written with, to tell a known word from a typo. */
    Set<String> stems() {
        return Set.copyOf(stems);
    }

    /** Every word prefix the terms are written with. */
    Set<String> prefixes() {
        return Set.copyOf(prefixes);
    }

    List<Match<L>> scan(String text, List<Token> tokens) {
        List<Match<L>> matches = new ArrayList<>();
        int at = 0;
        while (at < tokens.size()) {
            Term<L> best = longestAt(tokens, at);
            if (best == null) {
                at++;
                continue;
            }
            int end = at + best.words().size();
            String before = at == 0 ? "" : tokens.get(at - 1).word();
            matches.add(new Match<>(best, text.substring(tokens.get(at).start(), tokens.get(end - 1).end()), before));
            at = end;
        }
        return matches;
    }

    private Term<L> longestAt(List<Token> tokens, int at) {
        Term<L> best = null;
        for (Term<L> candidate : candidates(tokens.get(at))) {
            if (candidate.matchesAt(tokens, at) && (best == null || MOST_SPECIFIC.compare(candidate, best) > 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private List<Term<L>> candidates(Token token) {
        List<Term<L>> candidates = new ArrayList<>(starting(WordPattern.Kind.STEM, token.stem()));
        candidates.addAll(starting(WordPattern.Kind.WORD, token.word()));
        for (int length = 1; length <= Math.min(longestPrefix, token.word().length()); length++) {
            candidates.addAll(starting(WordPattern.Kind.PREFIX, token.word().substring(0, length)));
        }
        return candidates;
    }

    private List<Term<L>> starting(WordPattern.Kind kind, String value) {
        return byFirstWord.get(kind).getOrDefault(value, List.of());
    }
}
