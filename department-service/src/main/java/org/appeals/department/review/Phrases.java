package org.appeals.department.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A list of regular expressions from the rules file, matched against an answer's normalized text. */
final class Phrases {

    static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    static final int KEEP_CASE = Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Pattern> patterns;

    Phrases(List<String> expressions, int flags) {
        this.patterns = expressions.stream().map(expression -> compile(expression, flags)).toList();
    }

    /** The earliest match of any pattern in the text. */
    Optional<Span> first(String text) {
        return all(text).stream().min(Comparator.comparingInt(Span::start));
    }

    /** Every match of every pattern, in order of the patterns, each pattern's matches left to right. */
    List<Span> all(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(Span.of(matcher));
            }
        }
        return spans;
    }

    boolean anyIn(String text) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    private static Pattern compile(String expression, int flags) {
        try {
            return Pattern.compile(expression, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Bad pattern in the answer check rules: " + expression, e);
        }
    }
}
