package org.appeals.routing.classify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A thread-safe, bounded memo of a word function whose answer may be null. Appeals repeat the same words, so most
 * lookups are hits; when full it starts afresh, which keeps memory bounded without the bookkeeping of an LRU.
 */
final class WordCache {

    // ConcurrentHashMap takes no null values; no real answer is empty, so "" stands for "none".
    private static final String NONE = "";

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final int capacity;
    private final UnaryOperator<String> function;

    WordCache(int capacity, UnaryOperator<String> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** The function's answer for the word, computed once while it stays cached. */
    String get(String word) {
        String answer = answers.get(word);
        if (answer == null) {
            if (answers.size() >= capacity) {
                answers.clear();
            }
            String computed = function.apply(word);
            answer = computed == null ? NONE : computed;
            answers.put(word, answer);
        }
        return answer.isEmpty() ? null : answer;
    }
}
