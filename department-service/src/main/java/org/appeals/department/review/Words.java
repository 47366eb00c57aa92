package org.appeals.department.review;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the words that carry meaning: not stop words, not one- or two-letter particles. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private final Set<String> stopWords;

    Words(List<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
    }

    int meaningful(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (isMeaningful(matcher.group().toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }

    int meaningful(String text, List<Span> spans) {
        return Spans.merge(spans).stream().mapToInt(span -> meaningful(text.substring(span.start(), span.end()))).sum();
    }

    static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    private boolean isMeaningful(String word) {
        boolean hasDigit = word.chars().anyMatch(Character::isDigit);
        return (hasDigit || word.length() >= 3) && !stopWords.contains(word);
    }
}
