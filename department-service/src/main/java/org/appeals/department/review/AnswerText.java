package org.appeals.department.review;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.appeals.text.RussianText;

/**
 * An answer prepared for the rules: {@code ё} read as {@code е} with case kept ({@link RussianText#withoutYo}: the
 * rules look for capitals, and the offsets stay those of the original), and split into sentences.
 */
record AnswerText(String original, String normalized, List<String> sentences) {

    // A sentence ends at . ! ? before a capital, but not after an initial such as "И." in "И.П. Иванов".
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?…])(?<![\\s.][А-ЯЁA-Z]\\.)\\s+(?=[«\"А-ЯЁA-Z])");

    static AnswerText of(String text) {
        String original = text == null ? "" : text;
        String normalized = RussianText.withoutYo(original);
        List<String> sentences = Arrays.stream(SENTENCE_END.split(normalized.strip()))
                .filter(sentence -> !sentence.isBlank()).toList();
        return new AnswerText(original, normalized, sentences);
    }

    String fragment(Span span) {
        return original.substring(span.start(), span.end());
    }
}
