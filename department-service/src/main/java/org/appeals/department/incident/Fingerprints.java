package org.appeals.department.incident;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.text.RussianText;

/**
 * A text's fingerprint: the set of its meaningful words, each cut to a stem ({@link RussianWords}), so that
 * "Яма на ул. Мира у дома 5" and "Огромная яма на улице Мира возле дома 5" share almost all of theirs.
 */
final class Fingerprints {

    // Letters and digits only: "ул.Мира" and "д.5" are two words each here, as residents mean them
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Fingerprints() {
    }

    /** Normalised ({@link RussianText#normalise}), punctuation gone; an absent text has an empty fingerprint. */
    static Set<String> of(String text) {
        Set<String> words = new TreeSet<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(RussianText.normalise(text));
        while (matcher.find()) {
            String key = RussianWords.keyOf(matcher.group());
            if (key != null) {
                words.add(key);
            }
        }
        return words;
    }

    /** Jaccard similarity: shared words over all words of both. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / (a.size() + b.size() - shared.size());
    }

    /**
     * False when both texts name numbers and none is the same: "у дома 5" and "у дома 7" are two places however
     * alike the rest of the words are.
     */
    static boolean numbersAgree(Set<String> a, Set<String> b) {
        Set<String> numbersOfA = numbers(a);
        Set<String> numbersOfB = numbers(b);
        if (numbersOfA.isEmpty() || numbersOfB.isEmpty()) {
            return true;
        }
        numbersOfA.retainAll(numbersOfB);
        return !numbersOfA.isEmpty();
    }

    private static Set<String> numbers(Set<String> words) {
        Set<String> numbers = new HashSet<>();
        words.stream().filter(word -> word.chars().anyMatch(Character::isDigit)).forEach(numbers::add);
        return numbers;
    }
}
