package org.appeals.notification.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a reply too long for one message into numbered parts ("(1/3) …"), breaking between paragraphs, else
 * between sentences, else between words, and only as a last resort inside a word. A reply that would take more than
 * the channel's parts is shortened: the last part ends with a marker (the link to the full answer) instead.
 */
final class TextSplitter {

    private static final int MIN_BUDGET = 20;
    private static final String SHORT_MARKER = " …";
    private static final Locale RUSSIAN = new Locale("ru");

    private TextSplitter() {
    }

    static List<String> split(String text, ChannelLimits limits, String truncationMarker) {
        String whole = text.strip();
        if (!limits.limited() || whole.length() <= limits.maxChars()) {
            return List.of(whole);
        }
        int budget = limits.maxChars() - numbering(limits.maxParts(), limits.maxParts()).length();
        if (budget < MIN_BUDGET) {
            throw new IllegalStateException("max-chars " + limits.maxChars() + " leaves no room for text");
        }
        List<String> chunks = chunks(whole, budget);
        if (chunks.size() > limits.maxParts()) {
            // an SMS-sized part has no room for a link: it ends with the ellipsis alone
            String marker = truncationMarker.length() > budget / 2 ? SHORT_MARKER : truncationMarker;
            chunks = shortened(whole, budget, limits.maxParts(), marker);
        }
        if (chunks.size() == 1) {
            return chunks;
        }
        List<String> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            parts.add(numbering(i + 1, chunks.size()) + chunks.get(i));
        }
        return List.copyOf(parts);
    }

    private static String numbering(int part, int of) {
        return "(" + part + "/" + of + ") ";
    }

    private static List<String> chunks(String text, int budget) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        while (rest.length() > budget) {
            int cut = breakBefore(rest, budget);
            chunks.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }

    /** The first {@code maxParts - 1} chunks as they are, then as much of the rest as fits before the marker. */
    private static List<String> shortened(String text, int budget, int maxParts, String marker) {
        List<String> kept = new ArrayList<>();
        String rest = text;
        for (int i = 1; i < maxParts; i++) {
            int cut = breakBefore(rest, budget);
            kept.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        kept.add(rest.substring(0, breakBefore(rest, budget - marker.length())).strip() + marker);
        return kept;
    }

    /** Where to cut so that the first piece has at most {@code budget} characters: the best boundary in its second half. */
    private static int breakBefore(String text, int budget) {
        int floor = budget / 2;
        int paragraph = text.lastIndexOf('\n', budget);
        if (paragraph >= floor) {
            return paragraph + 1;
        }
        int sentence = lastSentenceEnd(text, floor, budget);
        if (sentence > 0) {
            return sentence;
        }
        for (int i = budget; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        // no boundary at all (a long link): cut, but never between the halves of a surrogate pair
        return Character.isLowSurrogate(text.charAt(budget)) ? budget - 1 : budget;
    }

    /** The last sentence boundary (the JDK's rules for Russian) in [floor, budget + 1]; the space there is stripped. */
    private static int lastSentenceEnd(String text, int floor, int budget) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(RUSSIAN);
        sentences.setText(text);
        int end = sentences.preceding(Math.min(text.length(), budget + 2));
        return end >= floor && end > 0 ? end : -1;
    }
}
