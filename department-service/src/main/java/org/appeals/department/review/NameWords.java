package org.appeals.department.review;

import java.util.Arrays;
import java.util.List;
import org.appeals.text.RussianText;

/**
 * Compares the words of a name as Russian inflects them: "Ивану Петровичу" is "Иван Петрович". Names are compared by
 * a shared beginning, not by {@link RussianText#stem}: the stemmer keeps the fleeting vowel ("Павел" / "Павлу").
 */
final class NameWords {

    private static final int ENDING = 3;

    private NameWords() {
    }

    /** Whether each word (a full word or an initial) is a form of one of the person's name words. */
    static boolean allBelongTo(List<String> words, String person) {
        List<String> personWords = Arrays.stream(RussianText.normalise(person).split("[^\\p{L}]+"))
                .filter(word -> !word.isEmpty()).toList();
        return !personWords.isEmpty()
                && words.stream().allMatch(word -> personWords.stream().anyMatch(own -> same(word, own)));
    }

    private static boolean same(String word, String own) {
        if (word.length() == 1) {
            return own.startsWith(word);
        }
        int stem = Math.max(3, Math.min(word.length(), own.length()) - ENDING + 1);
        return Math.abs(word.length() - own.length()) <= ENDING
                && word.length() >= stem && own.length() >= stem
                && word.regionMatches(0, own, 0, stem);
    }
}
