package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.appeals.contracts.Category;
import org.appeals.text.RussianText;

/**
 * A multinomial naive Bayes over the stems of the texts operators labelled, so the kind of text a person once routed
 * is routed the same way next time. It learns as decisions arrive, from this instance and, through the learning
 * package's follower, from the examples every other instance stored; thread-safe (many readers, one writer at a
 * time).
 */
public final class ExampleModel {

    private final Words words;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final StemCounts counts = new StemCounts();
    // what each example taught, so that relabelling an appeal replaces its earlier lesson instead of adding to it
    private final Map<String, Lesson> lessons = new HashMap<>();

    private record Lesson(Category category, Set<String> features) {
    }

    ExampleModel(Words words) {
        this.words = words;
    }

    /** Learns that a text is about a category; the same key again replaces what was learned under it. */
    public void learn(String key, String text, Category category) {
        Set<String> features = features(words.tokens(text == null ? "" : text));
        lock.writeLock().lock();
        try {
            Lesson earlier = lessons.put(key, new Lesson(category, features));
            if (earlier != null) {
                counts.add(earlier.category(), earlier.features(), -1);
            }
            counts.add(category, features, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many operator decisions the model has learned from. */
    public int examples() {
        lock.readLock().lock();
        try {
            return lessons.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    CategoryGuess guess(List<Token> tokens) {
        lock.readLock().lock();
        try {
            if (counts.categories().isEmpty()) {
                return CategoryGuess.nothingFound(); // no decision learned yet: the common case costs nothing
            }
            Set<String> features = features(tokens);
            return features.isEmpty() ? CategoryGuess.nothingFound() : NaiveBayes.guess(counts, features, tokens);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The distinct stems that carry meaning: no stop words, numbers or single letters. */
    static Set<String> features(List<Token> tokens) {
        Set<String> features = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (token.word().length() > 1 && !RussianText.isStopWord(token.word())
                    && !Character.isDigit(token.word().charAt(0))) {
                features.add(token.stem());
            }
        }
        return features;
    }

    static List<String> surfaces(List<Token> tokens, Set<String> stems) {
        List<String> surfaces = new ArrayList<>();
        tokens.stream().filter(t -> stems.contains(t.stem())).map(Token::word).distinct().forEach(surfaces::add);
        return surfaces;
    }
}
