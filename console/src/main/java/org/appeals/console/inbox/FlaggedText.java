package org.appeals.console.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An answer cut into pieces, those the automatic check flagged carrying the reason. The template writes every piece
 * with {@code th:text}, so the answer (untrusted: anyone's words may be quoted in it) is escaped piece by piece and
 * only the {@code <mark>} around a piece is markup.
 *
 * @param unplaced flags with no words to mark (or words no longer found in the text): listed beside the text
 */
record FlaggedText(List<Piece> pieces, List<CheckFlag> unplaced) {

    /** A run of the text; {@code reason} is null for unflagged words. */
    record Piece(String text, String reason) {

        public boolean flagged() {
            return reason != null;
        }
    }

    static FlaggedText of(String text, List<CheckFlag> flags) {
        String source = text == null ? "" : text;
        List<Span> spans = new ArrayList<>();
        List<CheckFlag> unplaced = new ArrayList<>();
        for (CheckFlag flag : flags) {
            List<Span> found = occurrences(source, flag);
            if (found.isEmpty()) {
                unplaced.add(flag);
            }
            spans.addAll(found);
        }
        return new FlaggedText(pieces(source, disjoint(spans)), List.copyOf(unplaced));
    }

    private static List<Span> occurrences(String text, CheckFlag flag) {
        List<Span> found = new ArrayList<>();
        String fragment = flag.fragment();
        if (fragment == null || fragment.isBlank()) {
            return found;
        }
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
            found.add(new Span(at, at + fragment.length(), flag.reason()));
        }
        return found;
    }

    /** Overlapping marks become one, from the first start to the furthest end, with every reason. */
    private static List<Span> disjoint(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, last.joining(span));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static List<Piece> pieces(String text, List<Span> spans) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() > at) {
                pieces.add(new Piece(text.substring(at, span.start()), null));
            }
            pieces.add(new Piece(text.substring(span.start(), span.end()), span.reason()));
            at = span.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return List.copyOf(pieces);
    }

    private record Span(int start, int end, String reason) {

        Span joining(Span other) {
            String reasons = reason.contains(other.reason()) ? reason : reason + "; " + other.reason();
            return new Span(start, Math.max(end, other.end()), reasons);
        }
    }
}
