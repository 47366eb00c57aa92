package org.appeals.routing.classify;

/** Whether two words are one typo apart: one letter replaced, two neighbours swapped, or one letter missing. */
final class EditDistance {

    private EditDistance() {
    }

    /** Whether two different words are one edit apart, the longer of them at least {@code minLength} letters. */
    static boolean withinOne(String a, String b, int minLength) {
        if (Math.max(a.length(), b.length()) < minLength) {
            return false;
        }
        if (a.length() == b.length()) {
            return sameLengthOneEdit(a, b);
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.length() - shorter.length() == 1 && oneDeletion(longer, shorter);
    }

    private static boolean sameLengthOneEdit(String a, String b) {
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        if (first == a.length()) {
            return false;
        }
        if (a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    private static boolean oneDeletion(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
