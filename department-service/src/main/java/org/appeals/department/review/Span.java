package org.appeals.department.review;

import java.util.regex.Matcher;

/**
 * Where a pattern matched: the whole match, and the part a name pattern marks as the name.
 *
 * @param start first character of the match
 * @param end one past the last character of the match
 * @param core the group {@code name} when the pattern has one, else the whole match
 */
record Span(int start, int end, String core) {

    static Span of(Matcher matcher) {
        String core = matcher.pattern().pattern().contains("(?<name>") ? matcher.group("name") : matcher.group();
        return new Span(matcher.start(), matcher.end(), core);
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
