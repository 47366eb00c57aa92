package org.appeals.department.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges overlapping matches so that no word is counted twice. */
final class Spans {

    private Spans() {
    }

    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), last.core()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The longest matches, without the shorter ones found inside them ("33-44-55" inside a full number). */
    static List<Span> outermost(List<Span> spans) {
        List<Span> kept = new ArrayList<>();
        spans.stream().sorted(Comparator.comparingInt((Span span) -> span.end() - span.start()).reversed())
                .filter(span -> kept.stream().noneMatch(span::overlaps))
                .forEach(kept::add);
        return kept;
    }

    /** The text with these spans blanked out, so that later patterns do not see them; offsets are kept. */
    static String blank(String text, List<Span> spans) {
        StringBuilder blanked = new StringBuilder(text);
        for (Span span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }
}
