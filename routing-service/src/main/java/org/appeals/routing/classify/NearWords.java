package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words that finds the one a typo was meant to be, by symmetric deletion: each word is filed under itself
 * and each of its one-letter deletions, so a lookup costs as many probes as the typo has letters.
 */
final class NearWords {

    // Words an appeal may use, typos included, are a few thousand; the cap only stops a flood of junk words.
    static final int CACHE_CAPACITY = 20_000;

    private final Set<String> words;
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final int minLength;
    private int longest;
    private final WordCache nearCache = new WordCache(CACHE_CAPACITY, this::findNear);
    private final WordCache prefixCache = new WordCache(CACHE_CAPACITY, this::findWithNearPrefix);

    /** The words; only those of {@code minLength} letters or more are ever offered for a typo. */
    NearWords(Collection<String> words, int minLength) {
        this.words = Set.copyOf(words);
        this.minLength = minLength;
        for (String word : this.words) {
            longest = Math.max(longest, word.length());
            if (word.length() >= minLength) {
                file(word, word);
                for (int i = 0; i < word.length(); i++) {
                    file(deleteAt(word, i), word);
                }
            }
        }
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** Whether the word starts with one of the set's words. */
    boolean startsOne(String word) {
        for (int length = 1; length <= Math.min(longest, word.length()); length++) {
            if (contains(word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /** The set's word one edit from this one, or null. */
    String near(String typo) {
        return nearCache.get(typo);
    }

    /** The word with its start replaced by the set's word one edit from that start, or null. */
    String withNearPrefix(String word) {
        return prefixCache.get(word);
    }

    private String findNear(String typo) {
        String found = close(typo, byDeletion.get(typo));
        for (int i = 0; found == null && i < typo.length(); i++) {
            found = close(typo, byDeletion.get(deleteAt(typo, i)));
        }
        return found;
    }

    private String findWithNearPrefix(String word) {
        for (int length = minLength - 1; length <= Math.min(longest + 1, word.length()); length++) {
            String prefix = findNear(word.substring(0, length));
            if (prefix != null) {
                return prefix + word.substring(length);
            }
        }
        return null;
    }

    private String close(String typo, List<String> candidates) {
        if (candidates != null) {
            for (String candidate : candidates) {
                if (EditDistance.withinOne(typo, candidate, minLength)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private void file(String key, String word) {
        byDeletion.computeIfAbsent(key, k -> new ArrayList<>(1)).add(word);
    }

    private static String deleteAt(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }
}
