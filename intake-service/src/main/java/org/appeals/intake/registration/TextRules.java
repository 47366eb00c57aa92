package org.appeals.intake.registration;

/**
 * What a string may hold besides its length. Every string must be well-formed UTF-16: a lone surrogate (which JSON's
 * {@code "\ud800"} escape can smuggle in) has no UTF-8 form, so the Kafka serializer, a mail or a chat adapter would
 * fail on, or silently mangle, a value we had already accepted. Control characters (but tab and line breaks in a text)
 * and U+FFFE/U+FFFF are refused too: XML 1.0 cannot carry them (Open311 serves appeals as XML), and in ids, names,
 * addresses and links they could split a mail header or a log line; no channel has a use for them.
 */
final class TextRules {

    private TextRules() {
    }

    /** Null when fine; otherwise what is wrong, in the words of a field violation. */
    static String problem(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be well-formed Unicode (it has an unpaired surrogate)";
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return "must not contain the non-characters U+FFFE and U+FFFF";
            } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return multiLine ? "must not contain control characters other than tab and line breaks"
                        : "must be a single line without control characters";
            }
        }
        return null;
    }
}
