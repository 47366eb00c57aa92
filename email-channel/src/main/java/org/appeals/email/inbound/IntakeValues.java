package org.appeals.email.inbound;

import java.time.Duration;
import java.time.Instant;

/**
 * Mail values made fit for intake, which refuses (to {@code appeals.submitted.dlt}) what its consumers could not
 * carry: rather than lose a resident's mail, we clean and shorten it. Mirrors intake's rules (its {@code TextRules}
 * and {@code ReceivedAtRule}): strings are well-formed UTF-16 without control characters (tab and line breaks allowed
 * in the text) or U+FFFE/U+FFFF, and {@code receivedAt} lies between 2000-01-01 and a day past now.
 */
final class IntakeValues {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private IntakeValues() {
    }

    /** A header value on one line: what intake would refuse becomes a space. */
    static String line(String value) {
        return clean(value, false);
    }

    /** A mail's text: as {@link #line}, but tabs and line breaks stay. */
    static String text(String value) {
        return clean(value, true);
    }

    static boolean isLine(String value) {
        return value != null && value.equals(line(value));
    }

    /** At most {@code max} characters, never half of a surrogate pair (an emoji cut in two is a refused text). */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    /** The mail's own date when it is plausible; a Date header of 1970 or of next year is a sender's bug. */
    static Instant receivedAt(Instant sentAt, Instant now) {
        return sentAt != null && !sentAt.isBefore(EARLIEST) && !sentAt.isAfter(now.plus(CLOCK_SKEW)) ? sentAt : now;
    }

    private static String clean(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                cleaned.append(c).append(value.charAt(++i));
            } else {
                cleaned.append(allowed(c, multiLine) ? c : ' ');
            }
        }
        return cleaned.toString();
    }

    private static boolean allowed(char c, boolean multiLine) {
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return !Character.isISOControl(c) || multiLine && (c == '\n' || c == '\r' || c == '\t');
    }
}
